package dk.seniorpartnerskab.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Recognises a failure caused by the database being away (stopped, restarting,
 * unreachable, the pool unable to connect), as against a bug or a broken rule: such a
 * request is answered 503 "prøv igen om lidt", and a job simply tries again.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * True when the exception or one of its causes says the database cannot be reached.
	 */
	public static boolean causes(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the exception or one of its causes comes from the database layer at all
	 * (JDBC, Spring's data access or transaction exceptions, JPA, Hibernate). Such a
	 * failure may hide the database being away, e.g. when a failed rollback on a dead
	 * connection replaced the original exception: ask the database then.
	 */
	public static boolean involvesDatabase(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getName();
			if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
					|| name.startsWith("jakarta.persistence.") || name.startsWith("org.hibernate.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01-57P03 (the server
	 * is shutting down, crashed or still starting).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
