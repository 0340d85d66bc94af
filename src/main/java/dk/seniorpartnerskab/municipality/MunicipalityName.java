package dk.seniorpartnerskab.municipality;

/**
 * A municipality's code and name, no more: what pick lists and lists of names need, read
 * without the region and coordinates of a whole {@link Municipality} (README: Speed, fix
 * 27).
 */
public record MunicipalityName(int code, String name) {

}
