package cn.yongxing.silvergraph.shortlist;

/** Where the follow-up of a shortlisted target stands. */
public enum ShortlistStatus {

	/** Not yet approached. */
	TO_CONTACT,
	/** First contact made. */
	CONTACTED,
	/** A visit is planned or made. */
	VISITING,
	/** An agreement is signed. */
	SIGNED,
	/** No longer pursued. */
	DROPPED;

	/** The status in words, in Chinese or English. */
	String words(boolean english) {
		return switch (this) {
			case TO_CONTACT -> english ? "To contact" : "待联系";
			case CONTACTED -> english ? "Contacted" : "已联系";
			case VISITING -> english ? "Visiting" : "走访中";
			case SIGNED -> english ? "Signed" : "已签约";
			case DROPPED -> english ? "Dropped" : "已放弃";
		};
	}

}
