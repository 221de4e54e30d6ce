-- Relationship-based access: Avon and Somerset Police covers both demo authorities; Oakfield House's
-- carers look after the children placed there.
update agency set police_force_id = '9531985d-5d9d-c9f8-1818-e811892f902b'
 where id in ('6513270e-269e-0d37-f2a7-4de452e6b438', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450');
update placement set provider_agency_id = '36f675cc-81e7-4ef5-e8e2-5d940ed90475' where provider_name = 'Oakfield House';
