package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every figure and named fact of the source article (the list in {@code shared/domain/yongxing-facts.md}
 * and the facts issue 21 found missing) is in the graph: a node or relationship citing the article
 * whose excerpt holds the sentence the fact comes from, with the value and, where the article dates
 * it, the year.
 */
@GraphIntegrationTest
class ArticleFactsSeedIT {

	@Autowired
	Neo4jClient client;

	/** Properties of every node and relationship citing the article, with the excerpt. */
	private List<Map<String, Object>> facts;

	record Fact(String what, @Nullable Object value, @Nullable Integer year, String sentence) {
	}

	@BeforeEach
	void readFacts() {
		if (facts == null) {
			facts = new ArrayList<>(client.query("""
					MATCH (s:Source {key: 'hnrb-2023-yongxing'})
					CALL (s) {
					  MATCH (n)-[c:CITED_BY]->(s) RETURN properties(n) AS props, c.excerpt AS excerpt
					  UNION ALL
					  MATCH (a)-[r]->(b) WHERE r.source = 'hnrb-2023-yongxing'
					  RETURN r {.*, from: coalesce(a.nameZh, a.name), to: coalesce(b.nameZh, b.name)} AS props,
					         r.excerpt AS excerpt
					}
					RETURN props, excerpt""").fetch().all());
		}
	}

	@Test
	void holdsEveryFigureOfTheClusterItsOutputsAndItsGoalsWithYearAndSentence() {
		assertAllPresent(List.of(
				figure(300, null, "300多年的历史"), figure(5, null, "5大种类"), figure(40, null, "40多种小类"),
				figure(0.815, 2023, "集聚度达81.5%"), figure(0.333, 2023, "近1/3席位"),
				figure(30, 2023, "整合为30家"), figure(9, null, "转型整合9家"), figure(4, null, "强制退出4家"),
				figure(20, null, "20多种、常年产量22.8万吨"), figure(228_000, null, "22.8万吨"),
				figure(10_000_000, null, "1000万吨以上"), figure(25_000, null, "2.5万吨以上"), figure(900_000, null, "90万吨以上"),
				figure(50_000_000_000.0, 2023, "近500亿元"), figure(425_000_000, 2023, "4.25亿元"),
				figure(0.73, null, "73%、81%、88%"), figure(0.81, null, "73%、81%、88%"), figure(0.88, null, "73%、81%、88%"),
				figure(4820, 2022, "高纯白银产量4820吨"), figure(0.179, 2022, "占全国的17.9%"),
				figure(4800, 2022, "铋产量4800吨"), figure(0.27, 2022, "占全球的27%"),
				figure(300, 2022, "碲产量300吨"), figure(0.30, 2022, "占全球的30%"),
				figure(0.65, 2022, "占全国65%以上"), figure(0.1667, 2023, "占全球的六分之一"),
				figure(25, null, "申请专利25件"), figure(2, null, "项目2个"), figure(0.99999, null, "99.999%以上"),
				figure(0.20, null, "附加值增加20%以上"), figure(1.0, null, "价值更是翻番"),
				figure(200_000, 2022, "20万吨"), figure(10, null, "10家“三类”500强"),
				figure(24, 2023, "创新平台24个"), figure(5, 2023, "省级技术中心5家"), figure(20, 2023, "近20项"),
				figure(18, 2023, "国家高新技术企业18家"), figure(162, null, "162件"),
				figure(13, 2022, "清洁生产审核13家"), figure(2, 2022, "省级绿色工厂2家"), figure(5, 2022, "5家企业顺利通过"),
				figure(4, 2023, "4家企业纳入"), figure(0.97, 2023, "利用率达97%"), figure(0.99, 2023, "重复利用率达99%"),
				figure(100_000_000_000.0, null, "打造千亿产业"), figure(1, null, "百亿企业1家以上"),
				figure(25, null, "十亿企业25家以上"), figure(10, null, "“小巨人”企业10家以上"), figure(10, null, "绿色工厂10家以上")));
	}

	@Test
	void holdsEveryNamedPlaceFirmInstitutionDesignationAndTargetWithItsSentence() {
		assertAllPresent(List.of(
				named("中国银都", "没有银矿的“中国银都”"), named("洞口工业园", "洞口、黄泥、塘门口等7个工业园"),
				named("黄泥工业园", "洞口、黄泥、塘门口"), named("塘门口工业园", "洞口、黄泥、塘门口"),
				named("国家循环经济产业园", "一区两园"), named("高新技术产业园", "一区两园"), named("铂族金属生产走廊", "建设铂族金属生产走廊"),
				named("柏林工业园", "柏林工业园"), named("太和工业园", "太和工业园"),
				named("湖南腾驰环保科技有限公司", "柏林工业园的湖南腾驰环保科技有限公司"),
				named("有色金属废料综合回收及处理技术服务平台", "有色金属废料综合回收及处理技术服务平台"),
				named("工业固体废物资源综合利用示范项目", "工业固体废物资源综合利用示范项目"),
				named("永兴鹏琨环保有限公司", "含铜污泥"), named("金润公司", "金润公司生产的碲"), named("雄风公司", "雄风公司生产的铋"),
				named("湖南省制造业单项冠军产品", "单项冠军产品"), named("光伏银粉银浆料制备", "今年8月进入中试试验"),
				named("湖南金业环保科技有限公司", "处理固体危险废弃物20万吨"), named("湖南省绿色工厂", "湖南省绿色工厂"),
				named("湖南正和通银业有限公司", "正在生产银锭产品"),
				named("广东绿晟", "贵研铂业、盛达资源、格林美、广东绿晟、东江环保"), named("东江环保", "东江环保等10家"),
				named("盛达", "盛达资源"), named("格林美", "格林美"), named("贵研铂业", "贵研铂业"),
				named("湖南有色金属研究院", "编制产业发展规划"), named("中国有色金属工业协会白银分会", "白皮书"),
				named("中南大学", "加强与中南大学"), named("云南贵金属研究所", "云南贵金属研究所"), named("佛山季华实验室", "佛山季华实验室"),
				named("中国科学院", "与中国科学院联合实施"),
				named("铋废料", "“铋废料”“碲废料”“锡废料”"), named("碲废料", "获批国家标准立项"), named("锡废料", "获批国家标准立项"),
				named("全国科技进步先进县", "全国科技进步先进县"), named("国家知识产权强县工程示范县", "国家知识产权强县工程示范县"),
				named("国家稀贵金属再生利用高新技术产业化基地", "高新技术产业化基地"),
				named("湖南省先进制造业集群", "湖南省先进制造业集群"), named("全国中小企业特色产业集群", "全国中小企业特色产业集群"),
				named("千亿园区", "率先建成“千亿园区”"), named("省绿色园区", "永兴经开区被评为省绿色园区"),
				named("银基触点", "大力发展银基触点、银粉银浆、高端合金材料等深加工"), named("银粉", "银粉银浆"),
				named("高端银合金材料", "高端合金材料"), named("稀贵金属综合回收中试基地", "中试基地建设"),
				named("中小企业多、龙头企业少", "中小企业多、龙头企业少、园区布局分散"), named("精准招商", "开展精准招商")));
	}

	@Test
	void holdsTheEnvironmentalInfrastructureAndCampaignFactsTheSeedLackedBefore() {
		assertAllPresent(List.of(
				figure(5, 2023, "5套废气集中处理系统"), figure(1, 2023, "1个废气集中处理站"), figure(2, 2023, "2个污水集中处理站"),
				figure(1, 2023, "1个高浓度废水处理中心"), figure(1, 2023, "1个废渣终极处理中心"), figure(2, 2023, "2个无害化渣场"),
				figure(1.0, 2022, "去年上半年，永兴省控及以上断面水质达标率100%"), figure(1.0, 2023, "今年上半年也是100%"),
				figure(1.0, 2022, "去年二季度，县城区空气优良率为100%"), figure(1.0, 2023, "今年二季度也是100%"),
				figure(3, 2023, "3个层次的环评关"), figure(4, 2023, "四大攻坚行动"),
				named("永兴样板", "打造世界级稀贵金属产业集群高质量发展永兴样板"), named("国家级稀贵金属产业集群", "目标愿景"),
				named("四大攻坚行动", "文化科技创新大赋能"), named("国家循环经济示范", "“国家循环经济示范”发展模式"),
				named("乡贤回乡", "乡贤回乡、助力家乡"), named("停止危废经营证", "依法取缔关闭园区外非法企业"),
				named("环保管家", "引入环保管家开展第三方治理"), named("雨水收集管网", "清淤、防渗项目"),
				named("110KV变电线路工程", "安仁华王-永兴天里坪110KV变电线路工程"), named("天洞路", "天洞路"),
				named("太和园区污水处理二厂提质改造", "污水处理二厂提质改造"), named("配套污水管网", "柏林工业园、太和工业园配套污水管网"),
				named("刘朝晖", "永兴县委书记刘朝晖说"), named("宾心华", "县长宾心华"), named("周塘", "永兴分局局长周塘说"),
				named("中国银都文创园", "位于永兴县的“中国银都文创园”"), named("银楼", "位于永兴县的银楼"),
				named("景泰蓝茶具", "中非经贸博览会国礼景泰蓝茶具")));
	}

	private void assertAllPresent(List<Fact> expected) {
		List<String> missing = new ArrayList<>();
		for (Fact f : expected) {
			if (facts.stream().noneMatch(row -> matches(row, f))) {
				missing.add(f.what() + (f.year() == null ? "" : " (" + f.year() + ")") + " — " + f.sentence());
			}
		}
		assertThat(missing).as("article facts not in the graph with their sentence").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static boolean matches(Map<String, Object> row, Fact f) {
		if (!compact(row.get("excerpt")).contains(compact(f.sentence()))) {
			return false;
		}
		Map<String, Object> props = (Map<String, Object>) row.get("props");
		if (f.year() != null && !(props.get("year") instanceof Number y && y.intValue() == f.year())) {
			return false;
		}
		if (f.value() instanceof Number n) {
			return props.values().stream().anyMatch(v -> v instanceof Number p
					&& Math.abs(p.doubleValue() - n.doubleValue()) <= 1e-3 * Math.max(1, Math.abs(n.doubleValue())));
		}
		String text = (String) f.value();
		return props.values().stream().flatMap(v -> v instanceof Collection<?> c ? c.stream() : java.util.stream.Stream.of(v))
			.anyMatch(v -> v instanceof String s && s.contains(text));
	}

	private static Fact figure(Number value, @Nullable Integer year, String sentence) {
		return new Fact(String.valueOf(value), value, year, sentence);
	}

	private static Fact named(String text, String sentence) {
		return new Fact(text, text, null, sentence);
	}

	private static String compact(@Nullable Object text) {
		return text == null ? "" : text.toString().replaceAll("\\s+", "");
	}

}
