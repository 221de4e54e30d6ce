package org.homeward.child.internal.philomena;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.ImageProperties;
import org.homeward.platform.Images;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks what Bean Validation on {@link PhilomenaForm} cannot: the dates and the photograph as uploaded, with
 * messages that say how to put it right.
 */
@Component
class PhilomenaFormValidator {

    /** What passed: the dates, and the new photograph if one was chosen. */
    record Checked(PhilomenaForm.Dates dates, Optional<Photo> photo) {
    }

    private final Clock clock;
    private final ImageProperties images;

    PhilomenaFormValidator(Clock clock, ImageProperties images) {
        this.clock = clock;
        this.images = images;
    }

    /**
     * @param dateOfBirth the child's, before which no photograph of them can have been taken
     * @param hasPhoto    whether a photograph is already saved, so that its date is still needed
     * @return what passed, when everything did
     */
    Optional<Checked> validate(PhilomenaForm form, LocalDate dateOfBirth, boolean hasPhoto, Errors errors) {
        MultipartFile upload = form.getPhoto();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));

        Optional<Photo> photo = photo(upload, errors);
        boolean chosen = upload != null && !upload.isEmpty();
        String dateRequired = chosen || hasPhoto ? "Enter the date the photograph was taken" : null;
        Optional<LocalDate> taken = FormChecks.date(form.photoTaken(), "photoTakenDay", dateRequired,
                "Date the photograph was taken", dateOfBirth,
                "Date the photograph was taken must be on or after the child’s date of birth", today,
                "Date the photograph was taken must be today or in the past", errors);
        if (!chosen && !hasPhoto && !form.photoTaken().blank() && !errors.hasFieldErrors("photo")) {
            errors.rejectValue("photo", "required",
                    "Select a photograph to go with the date it was taken, or remove the date");
        }


        Optional<LocalDate> completed = FormChecks.date(form.completedOn(), "completedOnDay",
                "Enter the date the profile was completed", "Date completed", LocalDate.of(2000, 1, 1),
                "Date completed must be after 1 January 2000", today, "Date completed must be today or in the past",
                errors);
        Optional<LocalDate> review = FormChecks.date(form.reviewDue(), "reviewDueDay",
                "Enter the date the profile should next be reviewed", "Review date",
                completed.map(d -> d.plusDays(1)).orElse(null),
                "Review date must be after the date the profile was completed",
                today.plusYears(2), "Review date must be within 2 years, so the profile stays current", errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(new PhilomenaForm.Dates(taken.orElse(null), completed.orElseThrow(),
                review.orElseThrow()), photo));
    }

    private Optional<Photo> photo(MultipartFile upload, Errors errors) {
        if (upload == null) {
            return Optional.empty();
        }
        if (upload.isEmpty()) {
            // A browser sends an empty part with no name when no file was chosen; a named empty file was chosen.
            if (upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank()) {
                errors.rejectValue("photo", "empty", "The selected file is empty");
            }
            return Optional.empty();
        }
        if (upload.getSize() > Photo.MAX_BYTES) {
            errors.rejectValue("photo", "tooLarge", "The selected file must be smaller than 5 MB");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = upload.getBytes();
        } catch (IOException e) {
            errors.rejectValue("photo", "unreadable", "The selected file could not be read: choose it again");
            return Optional.empty();
        }
        Images.Limits limits = images.limits();
        Images.Result result = Photo.of(bytes, limits);
        if (result instanceof Images.Image image) {
            return Optional.of(Photo.of(image));
        }
        if (result instanceof Images.TooLarge) {
            errors.rejectValue("photo", "tooManyPixels", "The selected photograph must be at most "
                    + limits.maxSide() + " pixels wide and high, and " + limits.maxPixels() / 1_000_000
                    + " megapixels in all");
        } else {
            errors.rejectValue("photo", "notImage", "The selected file must be a JPG or PNG photograph");
        }
        return Optional.empty();
    }
}
