package cn.yongxing.silvergraph.shortlist;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** The shortlist over GraphQL; roles are declared on the schema fields ({@code @requires}). */
@Controller
class ShortlistController {

	private final Shortlist shortlist;

	ShortlistController(Shortlist shortlist) {
		this.shortlist = shortlist;
	}

	record ShortlistEntryInput(String enterpriseId, @Nullable String productKey, ShortlistStatus status,
			@Nullable String notes) {
	}

	record RemoveFromShortlistInput(String id) {
	}

	record ShortlistPayload(@Nullable ShortlistEntry entry, boolean removed, List<Shortlist.Problem> errors) {

		static ShortlistPayload of(Shortlist.Result result) {
			return new ShortlistPayload(result.entry(), result.removed(), result.problems());
		}

	}

	@QueryMapping
	List<ShortlistEntry> shortlist(@Argument @Nullable List<ShortlistStatus> status, @Argument @Nullable String metal,
			@Argument @Nullable Integer first) {
		return shortlist.entries(status, metal, first);
	}

	@MutationMapping
	ShortlistPayload saveShortlistEntry(@Argument ShortlistEntryInput input) {
		return ShortlistPayload.of(shortlist.save(input.enterpriseId(), input.productKey(), input.status(), input.notes(),
				actor()));
	}

	@MutationMapping
	ShortlistPayload removeFromShortlist(@Argument RemoveFromShortlistInput input) {
		return ShortlistPayload.of(shortlist.remove(input.id(), actor()));
	}

	/** The caller as the audit trail and the entry name them. */
	static String actor() {
		var caller = SecurityContextHolder.getContext().getAuthentication();
		return caller == null ? "anonymous" : caller.getName();
	}

}
