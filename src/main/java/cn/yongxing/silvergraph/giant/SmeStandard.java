package cn.yongxing.silvergraph.giant;

import org.jspecify.annotations.Nullable;

/**
 * The SME size standard an SME tier checks before its criteria (《中小企业划型标准规定》), read from
 * {@code classpath:sme-standard/*.yaml}: below either limit is an SME; at or above both is not.
 *
 * @param code stable code
 * @param name Chinese name
 * @param nameEn English name
 * @param document the document (number and title)
 * @param documentDate issue date
 * @param documentUrl where the text (or a reprint quoting the article) can be read
 * @param article the article applied
 * @param industry the industry whose row applies
 * @param employeesBelow an SME has fewer employees than this …
 * @param revenueBelow … or less revenue (yuan) than this
 * @param note how the standard is read
 */
public record SmeStandard(String code, String name, String nameEn, String document, @Nullable String documentDate,
		@Nullable String documentUrl, String article, String industry, int employeesBelow, double revenueBelow,
		@Nullable String note) {
}
