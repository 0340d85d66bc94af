/**
 * Networks (netværk) per edition, the assignment board, and the proposal that splits
 * municipalities evenly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Networks")
package dk.seniorpartnerskab.network;
