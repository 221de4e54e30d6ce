-- Each local authority in the partnership commissions its own return home interview provider (CFG-03):
-- a returning child's interview goes to the provider of the authority that looks after them.
alter table agency add column rhi_provider_id uuid references agency (id);
