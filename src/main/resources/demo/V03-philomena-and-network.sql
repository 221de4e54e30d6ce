-- Philomena profiles, associates and locations for the demonstration partnership.
-- Jaden's photograph is eight months old, so the "out of date" warning shows; Amelia's review is overdue.
insert into philomena_profile (id, child_id, height, build, hair, eyes, distinguishing_features, photo_taken_on,
        photo_uploaded_at, phones, social_media, medical_needs, medication, finances, transport, missing_history,
        vulnerabilities, completed_by, completed_on, review_due, created_at, updated_at, version) values
('b1a7e0c2-3f44-4d1e-9a51-6c0f2d9e8a01', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', '5 feet 6 inches', 'Slim',
 'Black, short, shaved at the sides', 'Brown', 'Scar through left eyebrow. Walks quickly with hood up.',
 current_date - interval '8 months', now() - interval '8 months', 'iPhone 12, black cracked case: 07700 900 123',
 'Snapchat jj.smith11; Instagram @jjsmith_', 'Asthma', 'Salbutamol inhaler (blue), carries it in his coat',
 'Monzo card; usually has £10 to £20 cash from unknown sources', 'Bus 73 to Cabot Circus; grey BMX bike',
 'Missing 4 times this year, found twice at Bristol Bus Station and once in Weston-super-Mare.',
 'Suspected county lines exploitation; older associates with cars; carries cash he cannot explain.',
 'Cara Jones, Oakfield Children''s Homes', current_date - interval '2 months', current_date + interval '1 month',
 now(), now(), 0),
('b1a7e0c2-3f44-4d1e-9a51-6c0f2d9e8a02', '57ee05cd-e009-02c7-7ebf-f20686734721', '5 feet 3 inches', 'Medium',
 'Long, dyed red, usually tied back', 'Blue', 'Nose piercing; small star tattoo on right wrist.', null, null,
 'Samsung, pink case: 07700 900 456', 'TikTok @amelia.h09', null, null, 'No bank card; spends pocket money quickly',
 'Trains to Bristol Temple Meads', 'Stayed out overnight twice in the summer.',
 'Contact with an older man met online.', 'Sam Okafor, South Gloucestershire Council',
 current_date - interval '5 months', current_date - interval '2 weeks', now(), now(), 0),
('b1a7e0c2-3f44-4d1e-9a51-6c0f2d9e8a03', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', '5 feet 10 inches', 'Athletic',
 'Brown, curly', 'Green', null, null, null, 'Unknown number, changes phones often', null, 'Type 1 diabetes',
 'Insulin pen (NovoRapid) with meals; hypoglycaemia risk if he misses meals', 'Part-time job, paid in cash',
 'Scooter; buses in north Bristol', null, 'Goes missing after contact with his father.',
 'Cara Jones, Oakfield Children''s Homes', current_date - interval '1 month', current_date + interval '2 months',
 now(), now(), 0);
insert into philomena_photo (profile_id, content_type, bytes) values
('b1a7e0c2-3f44-4d1e-9a51-6c0f2d9e8a01', 'image/png', decode('89504e470d0a1a0a0000000d4948445200000018000000200802000000873c2f6f0000002449444154789c632868984015c4306ad0a841a3068d1a346ad0a841a3068d1a343c0c0200dd18803de7bac3e40000000049454e44ae426082', 'hex'));

insert into associate (id, name, address, phone, social_media, vehicle, last_contacted_on, person_of_concern,
        concern_reason, created_at, updated_at, version) values
('c2b8f1d3-4a55-4e2f-8b62-7d103ea09b01', 'Dean Marsh', '14 Fishponds Road, Bristol BS16 3AA', '07700 900 777',
 'Snapchat deano_m', 'Silver Ford Focus, registration ending 4KX', null, true,
 'Adult aged about 24, suspected of recruiting children to sell drugs; seen collecting both children from placements.',
 now(), now(), 0),
('c2b8f1d3-4a55-4e2f-8b62-7d103ea09b02', 'Kayla Price', 'Kingswood, address not known', null, 'TikTok @kaylap', null,
 current_date - interval '3 weeks', false, null, now(), now(), 0),
('c2b8f1d3-4a55-4e2f-8b62-7d103ea09b03', 'Marcia Smith', '2 Hillside Close, Yate BS37 4DD', '01454 900 321', null,
 null, current_date - interval '10 days', false, null, now(), now(), 0);
insert into child_associate (child_id, associate_id, relationship, linked_at) values
('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', 'c2b8f1d3-4a55-4e2f-8b62-7d103ea09b01', 'Older "friend" who gives him lifts', now()),
('57ee05cd-e009-02c7-7ebf-f20686734721', 'c2b8f1d3-4a55-4e2f-8b62-7d103ea09b01', 'Older boyfriend', now()),
('57ee05cd-e009-02c7-7ebf-f20686734721', 'c2b8f1d3-4a55-4e2f-8b62-7d103ea09b02', 'Friend from school', now()),
('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', 'c2b8f1d3-4a55-4e2f-8b62-7d103ea09b03', 'Grandmother', now());

insert into location (id, description, address_line1, address_line2, town, postcode, latitude, longitude,
        risk_assessed, risk_notes, created_at, updated_at, version) values
('d3c9a2e4-5b66-4f30-9c73-8e214fb1ac01', 'McDonald''s, Broadmead', '1-3 Broadmead', null, 'Bristol', 'BS1 3EA',
 51.458600, -2.589500, false, null, now(), now(), 0),
('d3c9a2e4-5b66-4f30-9c73-8e214fb1ac02', 'Bristol Bus Station', 'Marlborough Street', null, 'Bristol', 'BS1 3NU',
 51.459300, -2.591900, true, 'Known place for adults to meet children at night. Check the waiting area and the Bond Street side.',
 now(), now(), 0),
('d3c9a2e4-5b66-4f30-9c73-8e214fb1ac03', 'Skate park, Page Park', 'Page Park', 'Staple Hill', 'Bristol', 'BS16 5SA',
 null, null, false, null, now(), now(), 0);
insert into location_link (id, location_id, child_id, episode_id, kind, linked_at) values
('e4da0b15-6c77-4041-8d84-9f325fc2bd01', 'd3c9a2e4-5b66-4f30-9c73-8e214fb1ac01', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', null, 'frequented', now()),
('e4da0b15-6c77-4041-8d84-9f325fc2bd02', 'd3c9a2e4-5b66-4f30-9c73-8e214fb1ac01', '57ee05cd-e009-02c7-7ebf-f20686734721', null, 'frequented', now()),
('e4da0b15-6c77-4041-8d84-9f325fc2bd03', 'd3c9a2e4-5b66-4f30-9c73-8e214fb1ac02', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', null, 'frequented', now()),
('e4da0b15-6c77-4041-8d84-9f325fc2bd04', 'd3c9a2e4-5b66-4f30-9c73-8e214fb1ac03', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', null, 'frequented', now());
