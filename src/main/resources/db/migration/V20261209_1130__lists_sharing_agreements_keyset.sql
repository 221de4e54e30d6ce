-- The register of sharing agreements is read by keyset, latest begun first with ties by id in the same
-- direction, so that one row comparison starts each page: the index, read backwards, gives that order.
create index sharing_agreement_by_start_keyset on sharing_agreement (starts_on, id);
drop index sharing_agreement_by_start;
