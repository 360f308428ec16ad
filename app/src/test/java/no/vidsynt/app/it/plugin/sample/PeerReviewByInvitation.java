package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.vidsynt.core.spi.BookingRules;

/**
 * The test programme's booking rule: its peer reviews are by invitation, never booked. It notes every time it is
 * asked, so the contract test can show the core asks it about the programme's own sessions only. It does not look at
 * the programme's key: it does not need to.
 */
@ApplicationScoped
public class PeerReviewByInvitation implements BookingRules {

    @Inject
    SampleLedger ledger;

    @Override
    public Optional<Refusal> check(Request request) {
        ledger.ruleAsked(request.sessionId(), request.programmeKey());
        if (!SampleModule.PEER_REVIEW.equals(request.kind())) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                "no.vidsynt.app.it.plugin.sample.texts",
                "booking.byInvitation",
                getClass().getClassLoader()));
    }
}
