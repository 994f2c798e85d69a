package cn.yongxing.silvergraph.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Null-safe reads of node and relationship properties. */
public final class Props {

	private Props() {
	}

	public static @Nullable String str(Value entity, String key) {
		Value v = entity.get(key);
		return v.isNull() ? null : v.asString();
	}

	public static String reqStr(Value entity, String key) {
		return entity.get(key).asString();
	}

	public static @Nullable Integer integer(Value entity, String key) {
		Value v = entity.get(key);
		return v.isNull() ? null : v.asInt();
	}

	public static @Nullable Double dbl(Value entity, String key) {
		Value v = entity.get(key);
		return v.isNull() ? null : v.asDouble();
	}

	public static @Nullable Boolean bool(Value entity, String key) {
		Value v = entity.get(key);
		return v.isNull() ? null : v.asBoolean();
	}

	public static List<String> strs(Value entity, String key) {
		Value v = entity.get(key);
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

}
