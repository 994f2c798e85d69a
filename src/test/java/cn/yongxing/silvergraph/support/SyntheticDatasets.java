package cn.yongxing.silvergraph.support;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.Dataset;

/**
 * Small synthetic datasets for tests, in the seed format and marked synthetic (a Source of kind
 * SYNTHETIC): {@code n} enterprises in one park, each making two products and holding patents.
 */
public final class SyntheticDatasets {

	private SyntheticDatasets() {
	}

	/** A CN application number with its check digit (weights 2-9 cycling over the 12 digits, mod 11). */
	public static String patentNumber(int year, int serial) {
		String digits = "%04d1%07d".formatted(year, serial);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		int check = sum % 11;
		return "CN" + digits + "." + (check == 10 ? "X" : String.valueOf(check));
	}

	/** {@code firms} local enterprises in park {@code syn-park}, each with 2 products and {@code patents} patents. */
	public static Dataset firms(int firms, int patents) {
		String cite = ",syn,synthetic test fixture";
		Map<String, String> files = new LinkedHashMap<>();
		files.put("sources.csv", "key,title,publisher,date,url,kind,note\nsyn,Synthetic test fixture,tests,2026,,SYNTHETIC,not real data\n");
		files.put("parks.csv", "key,name,nameEn,kind,layout,status,parent,region,source,excerpt\nsyn-park,合成园区,Synthetic park,PARK,CURRENT,ACTIVE,,"
				+ cite + "\n");
		files.put("metals.csv", "symbol,name,nameZh,group,source,excerpt\nAg,Silver,银,PRECIOUS" + cite + "\n");
		files.put("products.csv", "key,name,nameZh,metal,stages,purity,basis,source,excerpt\n"
				+ "syn-ingot,Silver ingot,银锭,Ag,,99.99%,TEMPLATE" + cite + "\n"
				+ "syn-powder,Silver powder,银粉,Ag,,,TEMPLATE" + cite + "\n");
		StringBuilder enterprises = new StringBuilder(
				"key,creditCode,name,nameEn,shortName,founded,employees,rdStaff,local,ownership,park,source,excerpt\n");
		StringBuilder produces = new StringBuilder(
				"enterprise,product,capacityT,outputT,year,purity,status,source,excerpt\n");
		StringBuilder patentRows = new StringBuilder("number,title,type,ipc,filed,granted,source,excerpt\n");
		StringBuilder holds = new StringBuilder("holder,patent,source,excerpt\n");
		int serial = 0;
		for (int i = 0; i < firms; i++) {
			String key = "syn-firm-%03d".formatted(i);
			enterprises.append("%s,,合成企业%03d,Synthetic Firm %03d,,%d,,,true,PRIVATE,syn-park%s\n".formatted(key, i, i,
					1990 + i % 30, cite));
			produces.append("%s,syn-ingot,,%d,2022,,PRODUCTION%s\n".formatted(key, 100 + i, cite));
			produces.append("%s,syn-powder,,%d,2022,,PRODUCTION%s\n".formatted(key, 10 + i, cite));
			for (int p = 0; p < patents; p++) {
				String number = patentNumber(2020 + p % 4, ++serial);
				patentRows.append("%s,合成专利%d,%s,C22B 11/00,%d-01-%02d,,%s\n".formatted(number, serial,
						p % 2 == 0 ? "INVENTION" : "UTILITY_MODEL", 2020 + p % 4, 1 + p % 28, cite.substring(1)));
				holds.append("Enterprise:%s,%s%s\n".formatted(key, number, cite));
			}
		}
		files.put("enterprises.csv", enterprises.toString());
		files.put("produces.csv", produces.toString());
		files.put("patents.csv", patentRows.toString());
		files.put("holds.csv", holds.toString());
		return new Dataset(files);
	}

}
