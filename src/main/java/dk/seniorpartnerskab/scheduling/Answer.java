package dk.seniorpartnerskab.scheduling;

/** An invited person's answer: none yet, "Jeg deltager", or "Jeg deltager ikke". */
public enum Answer {

	PENDING, ATTENDING, DECLINED

}
