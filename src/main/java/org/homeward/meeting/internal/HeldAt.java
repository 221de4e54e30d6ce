package org.homeward.meeting.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Refused;
import org.springframework.validation.BindingResult;

/** When a meeting or discussion was held, as typed in its "held" boxes: given, real, and as the record allows. */
final class HeldAt {

    private HeldAt() {
    }

    /**
     * @param what    how the message for a blank time names the event: "meeting", "discussion"
     * @param allowed the record's check of the time against now, such as {@link StrategyDiscussion#refuseHeldAt}
     * @return the time when it was real, even if the record refused it (the refusal is in {@code result})
     */
    static Optional<Instant> read(DateTimeInput input, String what, BiConsumer<Instant, Instant> allowed, Instant now,
                                  BindingResult result) {
        if (input.blank()) {
            result.rejectValue("heldDay", "required", "Enter the date and time of the " + what);
            return Optional.empty();
        }
        Optional<Instant> held = input.toInstant();
        if (held.isEmpty()) {
            result.rejectValue("heldDay", "invalid", "Enter a real date and a time such as 14:30");
        } else {
            Refused.allows(() -> allowed.accept(held.get(), now), result);
        }
        return held;
    }
}
