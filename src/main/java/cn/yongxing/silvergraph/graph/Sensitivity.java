package cn.yongxing.silvergraph.graph;

/**
 * An API object whose {@code @sensitive} fields are sensitive only in some instances (a criterion
 * result is financial or not). Field-level security lets callers below ANALYST see the fields of
 * instances that say they are not sensitive.
 */
public interface Sensitivity {

	/** Whether this instance carries sensitive figures (an unknown value reveals nothing). */
	boolean carriesSensitiveValues();

}
