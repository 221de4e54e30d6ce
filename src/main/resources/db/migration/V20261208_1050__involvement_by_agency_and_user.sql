-- Asking which children an agency, team or person is involved with reads each branch of child_involvement
-- from the agency's or person's side; without these every such question scanned the whole of child,
-- placement and episode (measured at 0.5-1 s on the national-scale data set).
create index if not exists child_recorded_by_agency on child (recorded_by_agency_id) where recorded_by_agency_id is not null;
create index if not exists placement_placing_current on placement (placing_authority_id, child_id);
create index if not exists placement_host_current on placement (host_authority_id, child_id);
create index if not exists placement_host_police_force on placement (host_police_force_id, child_id) where host_police_force_id is not null;
create index if not exists placement_provider_agency on placement (provider_agency_id, child_id) where provider_agency_id is not null;
create index if not exists episode_police_force on episode (police_force_id, child_id) where police_force_id is not null;
create index if not exists episode_created_by on episode (created_by, child_id);
create index if not exists agency_police_force on agency (police_force_id) where police_force_id is not null;
create index if not exists break_glass_access_user on break_glass_access (user_id, expires_at);
