package cn.yongxing.silvergraph.ingest;

import java.time.Duration;

import cn.yongxing.silvergraph.graph.InProcessReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks the bulk imports a killed or stopped process left "in progress" as
 * {@code INTERRUPTED} in the audit trail. With the embedded database no other process can be writing
 * (the store is locked to this one), so every such entry is marked; against an external database,
 * shared by other instances, only entries whose process has not beaten their heartbeat (every minute,
 * {@link AuditTrail#heartbeat}) for five minutes.
 */
@Component
class InterruptedImports {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final AuditTrail audit;

	private final Duration quiet;

	InterruptedImports(AuditTrail audit, ObjectProvider<InProcessReads> embedded) {
		this.audit = audit;
		this.quiet = embedded.getIfAvailable() != null ? Duration.ZERO : AuditTrail.HEARTBEAT.multipliedBy(5);
	}

	@EventListener(ApplicationReadyEvent.class)
	void markAtStart() {
		try {
			long marked = audit.markInterrupted(quiet);
			if (marked > 0) {
				log.warn("{} bulk import(s) were left unfinished by a stopped process: marked INTERRUPTED in the audit "
						+ "trail; run the same import again to finish them", marked);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the audit trail for interrupted imports: {}", ex.getMessage());
		}
	}

}
