package dk.seniorpartnerskab.web;

/**
 * Phone numbers as Danes write them: eight digits in pairs ({@code 43 35 10 00}), with
 * {@code +45} in front when given ({@code +45 43 35 10 01}). Anything else (a foreign
 * number, an extension) is shown as it was typed.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	public static String format(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String digits = phone.replaceAll("[\\s.\\-()]", "");
		String prefix = "";
		if (digits.startsWith("+45")) {
			prefix = "+45 ";
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0045")) {
			prefix = "+45 ";
			digits = digits.substring(4);
		}
		if (!digits.matches("\\d{8}")) {
			return phone.trim();
		}
		return prefix + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
				+ digits.substring(6, 8);
	}

}
