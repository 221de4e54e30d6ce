package org.homeward.child.internal;

import org.springframework.data.relational.core.mapping.Table;

/** Another name the child is known by: a former name, a nickname, a street name. */
@Table("child_alias")
record ChildAlias(String name) {
}
