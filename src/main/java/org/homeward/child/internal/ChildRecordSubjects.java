package org.homeward.child.internal;

import java.util.Optional;
import java.util.UUID;
import org.homeward.child.Children;
import org.homeward.platform.records.RecordSubjects;
import org.springframework.stereotype.Component;

/** Who a record is about, for the records module's pages. */
@Component
class ChildRecordSubjects implements RecordSubjects {

    private final Children children;

    ChildRecordSubjects(Children children) {
        this.children = children;
    }

    @Override
    public Optional<Subject> subject(UUID childId) {
        return children.summary(childId).map(c -> new Subject(c.id(), c.name(), c.dateOfBirth()));
    }
}
