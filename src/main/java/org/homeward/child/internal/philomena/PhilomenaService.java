package org.homeward.child.internal.philomena;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.PhilomenaSaved;
import org.homeward.platform.ImageProperties;
import org.homeward.platform.Images;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and saves Philomena profiles and their photographs; every view and change is audited with it. */
@Service
public class PhilomenaService {

    private final PhilomenaProfileRepository profiles;
    private final PhilomenaPhotos photos;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    private final ImageProperties images;

    PhilomenaService(PhilomenaProfileRepository profiles, PhilomenaPhotos photos, AuditTrail audit,
                     java.time.Clock clock, org.springframework.context.ApplicationEventPublisher events,
                     ImageProperties images) {
        this.images = images;
        this.events = events;
        this.profiles = profiles;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    private static AuditTrail.Subject subject(UUID profileId, UUID childId) {
        return new AuditTrail.Subject("philomena", profileId, childId);
    }

    @Transactional
    Optional<PhilomenaProfile> open(UUID childId) {
        Optional<PhilomenaProfile> profile = profiles.findByChildId(childId);
        audit.record(AuditAction.VIEW, subject(profile.map(PhilomenaProfile::id).orElse(null), childId), List.of(), null);
        return profile;
    }

    /** Read without an audit entry, for a caller that audits the whole of what it does (the police pack). */
    public Optional<PhilomenaProfile> forChild(UUID childId) {
        return profiles.findByChildId(childId);
    }

    /** The photograph, read without an audit entry, for a caller that audits what it does with it. */
    public Optional<Photo> photoOf(PhilomenaProfile profile) {
        return profile.hasPhoto() ? photos.find(profile.id()) : Optional.empty();
    }

    /**
     * The photograph to show, audited. One stored before photographs were written afresh on upload
     * is written afresh now if it is larger than those are kept, and not shown if it cannot be.
     */
    @Transactional
    Optional<Photo> openPhoto(UUID childId) {
        Optional<PhilomenaProfile> profile = profiles.findByChildId(childId);
        Optional<Photo> photo = profile.flatMap(this::photoOf).flatMap(this::kept);
        photo.ifPresent(p -> audit.record(AuditAction.VIEW, subject(profile.get().id(), childId), List.of(), "Photograph"));
        return photo;
    }

    private Optional<Photo> kept(Photo photo) {
        if (Images.kept(photo.bytes(), images.limits())) {
            return Optional.of(photo);
        }
        return Images.reencode(photo.bytes(), images.limits()) instanceof Images.Image image
                ? Optional.of(Photo.of(image)) : Optional.empty();
    }

    /**
     * Creates or changes the child's profile, only if nobody else saved it since the editor opened it.
     *
     * @param special whether the editor may see special-category fields; if not, those stay as they were
     * @throws OptimisticLockingFailureException when someone else saved it first
     */
    @Transactional
    PhilomenaProfile save(UUID childId, PhilomenaForm form, PhilomenaFormValidator.Checked checked, boolean special) {
        Optional<PhilomenaProfile> existing = profiles.findByChildId(childId);
        if (existing.isPresent() != (form.getVersion() != null)
                || existing.isPresent() && !existing.get().version().equals(form.getVersion())) {
            throw new OptimisticLockingFailureException("The profile changed since it was opened");
        }
        Instant now = clock.instant();
        PhilomenaProfile before = existing.orElse(null);
        if (!special && before != null) {
            form.setMedicalNeeds(before.medicalNeeds());
            form.setMedication(before.medication());
        }
        Instant photoUploadedAt = checked.photo().isPresent() ? now : before == null ? null : before.photoUploadedAt();
        PhilomenaProfile edited = form.toProfile(before == null ? UUID.randomUUID() : before.id(), childId,
                checked.dates(), photoUploadedAt, before == null ? now : before.createdAt(), now,
                before == null ? null : before.version());
        List<String> changed = edited.fieldsChangedFrom(before);
        if (before != null && changed.isEmpty()) {
            return before;
        }
        PhilomenaProfile saved;
        try {
            saved = profiles.save(edited);
        } catch (DuplicateKeyException e) {
            // Two people created the child's first profile at once: the second is told, as for any other edit.
            throw new OptimisticLockingFailureException("The profile was created since it was opened", e);
        }
        checked.photo().ifPresent(photo -> photos.store(saved.id(), photo));
        audit.record(before == null ? AuditAction.CREATE : AuditAction.CHANGE, subject(saved.id(), childId), changed, null);
        if (saved.reviewDue() != null) {
            events.publishEvent(new PhilomenaSaved(childId, saved.reviewDue()));
        }
        return saved;
    }
}
