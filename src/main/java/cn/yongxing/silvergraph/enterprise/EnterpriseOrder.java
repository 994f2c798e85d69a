package cn.yongxing.silvergraph.enterprise;

/** One sort criterion of {@code enterprises(orderBy:)}. */
public record EnterpriseOrder(Field field, Direction direction) {

	/** Sortable fields. */
	public enum Field {
		NAME, FOUNDED, LATEST_OUTPUT
	}

	/** Sort direction. */
	public enum Direction {
		ASC, DESC
	}

	public EnterpriseOrder {
		direction = direction == null ? Direction.ASC : direction;
	}

}
