/**
 * Geography of the theatre: the projection to nautical miles, land polygons by coastal state,
 * a land/sea raster with distance to each state's coast and the legal zone of every cell, and
 * sea routing around land; and, for checking scenario coordinates, polygon validity and the
 * land as JTS geometry. Everything here is immutable or thread-safe once built, so one
 * raster serves all runs of a sweep.
 */
package medsim.geo;
