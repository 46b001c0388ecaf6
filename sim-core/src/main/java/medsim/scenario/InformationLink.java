package medsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * One information link of the recognised maritime picture: what a force's own ships and
 * aircraft see (a contact: the boat, where it was, when, who saw it) reaches each of
 * {@code receivers} (force or MRCC ids) {@code delayMinutes} later, from {@code from} to
 * {@code to} (inclusive; {@code to} null means open-ended). Dated like a mandate entry,
 * since who shares with whom changed; {@code basis} says what the link rests on.
 * Contacts are not relayed: a receiver passes on only what its own assets see.
 */
public record InformationLink(String sender, List<String> receivers, double delayMinutes, LocalDate from, LocalDate to, String basis) {

    public InformationLink {
        receivers = List.copyOf(receivers);
    }

    /** Whether the link carries contacts on that date. */
    public boolean inForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
