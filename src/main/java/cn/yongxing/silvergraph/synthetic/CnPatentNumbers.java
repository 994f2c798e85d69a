package cn.yongxing.silvergraph.synthetic;

/**
 * Chinese patent application numbers (since 2003): {@code CN} + 4-digit filing year + type digit
 * (1 invention, 2 utility model, 3 design) + 7-digit serial + {@code .} + check character, where the
 * check is {@code sum(d_i * w_i) mod 11} over the 12 digits with weights 2..9,2..5 and 10 is written X.
 */
public final class CnPatentNumbers {

	private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

	private CnPatentNumbers() {
	}

	/** The application number of a patent of a type digit (1-3) filed in a year, with its check character. */
	public static String of(int year, int typeDigit, int serial) {
		if (year < 2003 || year > 9999 || typeDigit < 1 || typeDigit > 3 || serial < 0 || serial > 9_999_999) {
			throw new IllegalArgumentException("no CN application number for " + year + "/" + typeDigit + "/" + serial);
		}
		String digits = "%04d%d%07d".formatted(year, typeDigit, serial);
		return "CN" + digits + "." + checkCharacter(digits);
	}

	/** Whether a string is a well-formed application number whose check character is right. */
	public static boolean isValid(String number) {
		if (number == null || !number.matches("CN\\d{12}\\.[0-9X]")) {
			return false;
		}
		return number.charAt(15) == checkCharacter(number.substring(2, 14));
	}

	static char checkCharacter(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = sum % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}

}
