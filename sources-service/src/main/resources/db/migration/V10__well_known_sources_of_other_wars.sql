-- More well-known claimants: the wars in Lebanon, Sudan, Syria, Iraq, Afghanistan and Iran, the humanitarian
-- organisations that count their dead, and more of the names articles give the sources already known. A row
-- that is already there (an id, or a name users already gave a source) is left alone, so this never fails and
-- never makes a second source of one that exists.
insert into source (id, name, kind, affiliation, description, created_at)
    select 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'::uuid, 'Lebanese Health Ministry', 'GOVERNMENT', 'LB', 'Lebanon''s Ministry of Public Health; counts those killed in Israeli strikes.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'lebanese health ministry')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '820dc783-02e3-5b8c-aeac-abd46d3f35b7'::uuid, 'Sudan Doctors Network', 'NGO', 'SD', 'Sudanese doctors'' group reporting casualties of the war.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'sudan doctors network')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '94051c80-8646-5ba8-8b57-54e954bd7b2d'::uuid, 'Central Committee of Sudan Doctors', 'NGO', 'SD', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'central committee of sudan doctors')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '5a0f1321-b24e-5d94-92a8-044ab5e3e1b8'::uuid, 'Syrian Observatory for Human Rights', 'NGO', null, 'Britain-based monitor of the Syrian war.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'syrian observatory for human rights')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '297af806-d17f-53c4-a239-f113a168dbd3'::uuid, 'Hamas', 'MILITARY', 'PS', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'hamas')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'db6c5c2f-8296-5f34-9492-7bafc99a81fb'::uuid, 'Hezbollah', 'MILITARY', 'LB', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'hezbollah')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '098ef68e-c6a6-5d27-be6e-b62c7e7caafb'::uuid, 'Rapid Support Forces', 'MILITARY', 'SD', 'Sudanese paramilitary at war with the army since April 2023.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'rapid support forces')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'e6830d78-e0a5-5fd2-ad56-203d51a43470'::uuid, 'Sudanese Armed Forces', 'MILITARY', 'SD', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'sudanese armed forces')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'::uuid, 'UN Office for the Coordination of Humanitarian Affairs', 'INTERNATIONAL_ORGANIZATION', 'UN', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'un office for the coordination of humanitarian affairs')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'b40383cf-50aa-5005-bf78-e381a6fb50a9'::uuid, 'International Committee of the Red Cross', 'INTERNATIONAL_ORGANIZATION', null, null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'international committee of the red cross')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '3b443315-2e5f-5917-965e-80d5e571de92'::uuid, 'Iraq Body Count', 'NGO', null, 'Counts violent civilian deaths in Iraq since 2003.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'iraq body count')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'c4713e36-0197-5779-a1a7-338854b330de'::uuid, 'International Organization for Migration', 'INTERNATIONAL_ORGANIZATION', 'UN', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'international organization for migration')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '0321b30c-3708-5756-81fb-d077adbbae12'::uuid, 'UNICEF', 'INTERNATIONAL_ORGANIZATION', 'UN', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'unicef')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '6bf03b97-b798-5967-81ba-4e923f7701d1'::uuid, 'Human Rights Watch', 'NGO', null, null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'human rights watch')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'b6c05a1a-bf74-5063-838b-b9f7682e6d44'::uuid, 'Amnesty International', 'NGO', null, null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'amnesty international')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '7bf6f667-332c-5aa1-ac7b-028c439d121f'::uuid, 'Médecins Sans Frontières', 'NGO', null, null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'medecins sans frontieres')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '2d39b672-b0a3-5551-83fd-848a7fe8d2ac'::uuid, 'Palestine Red Crescent Society', 'NGO', 'PS', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'palestine red crescent society')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'd3a4beba-98a3-5a25-9386-ecb996dbafcd'::uuid, 'Magen David Adom', 'NGO', 'IL', 'Israel''s emergency medical service.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'magen david adom')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '739ee885-e8c6-5727-be2e-1a2dbb07eaa2'::uuid, 'Prosecutor General''s Office of Ukraine', 'GOVERNMENT', 'UA', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'prosecutor general''s office of ukraine')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'e1a2de72-3bb2-5739-8992-b26721e85f0a'::uuid, 'Sergei Shoigu', 'PERSON', 'RU', 'Russian defence minister (2012-2024).', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'sergei shoigu')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select 'd9730f09-dac8-574b-a144-05986f212c0f'::uuid, 'Benjamin Netanyahu', 'PERSON', 'IL', 'Prime Minister of Israel.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'benjamin netanyahu')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '0a87beae-1467-50b1-b3fd-1310ba244bc5'::uuid, 'Dmytro Lubinets', 'PERSON', 'UA', 'Ukraine''s parliamentary commissioner for human rights.', timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'dmytro lubinets')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '53fe355d-fe26-501b-a36c-0b48e46a9050'::uuid, 'Iran Health Ministry', 'GOVERNMENT', 'IR', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'iran health ministry')
    on conflict do nothing;
insert into source (id, name, kind, affiliation, description, created_at)
    select '9c5cc756-ae4f-5ad7-ac70-9463f8528f05'::uuid, 'Taliban', 'MILITARY', 'AF', null, timestamptz '2026-12-01 00:00:00+00'
    where not exists (select 1 from source_alias where normalized = 'taliban')
    on conflict do nothing;

-- normalized: lower case, accents and dots dropped, curly quotes straightened, spaces folded (Names.normalize).
insert into source_alias (normalized, alias, source_id)
select v.normalized, v.alias, v.source_id::uuid from (values
    ('lebanese health ministry', 'Lebanese Health Ministry', 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'),
    ('lebanon''s health ministry', 'Lebanon''s health ministry', 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'),
    ('lebanese ministry of public health', 'Lebanese Ministry of Public Health', 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'),
    ('lebanon''s ministry of public health', 'Lebanon''s Ministry of Public Health', 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'),
    ('lebanese ministry of health', 'Lebanese Ministry of Health', 'd18f40ac-3cd8-5c94-b61a-e168f4e9c01d'),
    ('sudan doctors network', 'Sudan Doctors Network', '820dc783-02e3-5b8c-aeac-abd46d3f35b7'),
    ('sudanese doctors network', 'Sudanese Doctors Network', '820dc783-02e3-5b8c-aeac-abd46d3f35b7'),
    ('central committee of sudan doctors', 'Central Committee of Sudan Doctors', '94051c80-8646-5ba8-8b57-54e954bd7b2d'),
    ('central committee of sudanese doctors', 'Central Committee of Sudanese Doctors', '94051c80-8646-5ba8-8b57-54e954bd7b2d'),
    ('sudanese doctors committee', 'Sudanese Doctors Committee', '94051c80-8646-5ba8-8b57-54e954bd7b2d'),
    ('syrian observatory for human rights', 'Syrian Observatory for Human Rights', '5a0f1321-b24e-5d94-92a8-044ab5e3e1b8'),
    ('sohr', 'SOHR', '5a0f1321-b24e-5d94-92a8-044ab5e3e1b8'),
    ('syrian observatory', 'Syrian Observatory', '5a0f1321-b24e-5d94-92a8-044ab5e3e1b8'),
    ('hamas', 'Hamas', '297af806-d17f-53c4-a239-f113a168dbd3'),
    ('hezbollah', 'Hezbollah', 'db6c5c2f-8296-5f34-9492-7bafc99a81fb'),
    ('hizbollah', 'Hizbollah', 'db6c5c2f-8296-5f34-9492-7bafc99a81fb'),
    ('hizbullah', 'Hizbullah', 'db6c5c2f-8296-5f34-9492-7bafc99a81fb'),
    ('rapid support forces', 'Rapid Support Forces', '098ef68e-c6a6-5d27-be6e-b62c7e7caafb'),
    ('rsf', 'RSF', '098ef68e-c6a6-5d27-be6e-b62c7e7caafb'),
    ('rapid support forces (rsf)', 'Rapid Support Forces (RSF)', '098ef68e-c6a6-5d27-be6e-b62c7e7caafb'),
    ('sudanese armed forces', 'Sudanese Armed Forces', 'e6830d78-e0a5-5fd2-ad56-203d51a43470'),
    ('saf', 'SAF', 'e6830d78-e0a5-5fd2-ad56-203d51a43470'),
    ('sudanese army', 'Sudanese army', 'e6830d78-e0a5-5fd2-ad56-203d51a43470'),
    ('sudan''s army', 'Sudan''s army', 'e6830d78-e0a5-5fd2-ad56-203d51a43470'),
    ('sudanese military', 'Sudanese military', 'e6830d78-e0a5-5fd2-ad56-203d51a43470'),
    ('un office for the coordination of humanitarian affairs', 'UN Office for the Coordination of Humanitarian Affairs', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('ocha', 'OCHA', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('un ocha', 'UN OCHA', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('unocha', 'UNOCHA', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('office for the coordination of humanitarian affairs', 'Office for the Coordination of Humanitarian Affairs', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('un humanitarian office', 'UN humanitarian office', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('united nations office for the coordination of humanitarian affairs', 'United Nations Office for the Coordination of Humanitarian Affairs', 'ac45a84e-40a1-5cc6-b2f7-829c6395cdab'),
    ('international committee of the red cross', 'International Committee of the Red Cross', 'b40383cf-50aa-5005-bf78-e381a6fb50a9'),
    ('icrc', 'ICRC', 'b40383cf-50aa-5005-bf78-e381a6fb50a9'),
    ('international red cross', 'International Red Cross', 'b40383cf-50aa-5005-bf78-e381a6fb50a9'),
    ('iraq body count', 'Iraq Body Count', '3b443315-2e5f-5917-965e-80d5e571de92'),
    ('ibc', 'IBC', '3b443315-2e5f-5917-965e-80d5e571de92'),
    ('iraq body count project', 'Iraq Body Count project', '3b443315-2e5f-5917-965e-80d5e571de92'),
    ('international organization for migration', 'International Organization for Migration', 'c4713e36-0197-5779-a1a7-338854b330de'),
    ('iom', 'IOM', 'c4713e36-0197-5779-a1a7-338854b330de'),
    ('un migration agency', 'UN migration agency', 'c4713e36-0197-5779-a1a7-338854b330de'),
    ('unicef', 'UNICEF', '0321b30c-3708-5756-81fb-d077adbbae12'),
    ('united nations children''s fund', 'United Nations Children''s Fund', '0321b30c-3708-5756-81fb-d077adbbae12'),
    ('un children''s agency', 'UN children''s agency', '0321b30c-3708-5756-81fb-d077adbbae12'),
    ('human rights watch', 'Human Rights Watch', '6bf03b97-b798-5967-81ba-4e923f7701d1'),
    ('hrw', 'HRW', '6bf03b97-b798-5967-81ba-4e923f7701d1'),
    ('amnesty international', 'Amnesty International', 'b6c05a1a-bf74-5063-838b-b9f7682e6d44'),
    ('medecins sans frontieres', 'Médecins Sans Frontières', '7bf6f667-332c-5aa1-ac7b-028c439d121f'),
    ('msf', 'MSF', '7bf6f667-332c-5aa1-ac7b-028c439d121f'),
    ('doctors without borders', 'Doctors Without Borders', '7bf6f667-332c-5aa1-ac7b-028c439d121f'),
    ('palestine red crescent society', 'Palestine Red Crescent Society', '2d39b672-b0a3-5551-83fd-848a7fe8d2ac'),
    ('palestinian red crescent', 'Palestinian Red Crescent', '2d39b672-b0a3-5551-83fd-848a7fe8d2ac'),
    ('prcs', 'PRCS', '2d39b672-b0a3-5551-83fd-848a7fe8d2ac'),
    ('magen david adom', 'Magen David Adom', 'd3a4beba-98a3-5a25-9386-ecb996dbafcd'),
    ('mda', 'MDA', 'd3a4beba-98a3-5a25-9386-ecb996dbafcd'),
    ('prosecutor general''s office of ukraine', 'Prosecutor General''s Office of Ukraine', '739ee885-e8c6-5727-be2e-1a2dbb07eaa2'),
    ('ukraine''s prosecutor general''s office', 'Ukraine''s Prosecutor General''s Office', '739ee885-e8c6-5727-be2e-1a2dbb07eaa2'),
    ('ukrainian prosecutor general''s office', 'Ukrainian Prosecutor General''s Office', '739ee885-e8c6-5727-be2e-1a2dbb07eaa2'),
    ('office of the prosecutor general of ukraine', 'Office of the Prosecutor General of Ukraine', '739ee885-e8c6-5727-be2e-1a2dbb07eaa2'),
    ('sergei shoigu', 'Sergei Shoigu', 'e1a2de72-3bb2-5739-8992-b26721e85f0a'),
    ('shoigu', 'Shoigu', 'e1a2de72-3bb2-5739-8992-b26721e85f0a'),
    ('sergey shoigu', 'Sergey Shoigu', 'e1a2de72-3bb2-5739-8992-b26721e85f0a'),
    ('benjamin netanyahu', 'Benjamin Netanyahu', 'd9730f09-dac8-574b-a144-05986f212c0f'),
    ('netanyahu', 'Netanyahu', 'd9730f09-dac8-574b-a144-05986f212c0f'),
    ('dmytro lubinets', 'Dmytro Lubinets', '0a87beae-1467-50b1-b3fd-1310ba244bc5'),
    ('lubinets', 'Lubinets', '0a87beae-1467-50b1-b3fd-1310ba244bc5'),
    ('iran health ministry', 'Iran Health Ministry', '53fe355d-fe26-501b-a36c-0b48e46a9050'),
    ('iran''s health ministry', 'Iran''s Health Ministry', '53fe355d-fe26-501b-a36c-0b48e46a9050'),
    ('iranian health ministry', 'Iranian Health Ministry', '53fe355d-fe26-501b-a36c-0b48e46a9050'),
    ('taliban', 'Taliban', '9c5cc756-ae4f-5ad7-ac70-9463f8528f05'),
    ('armed forces of ukraine', 'Armed Forces of Ukraine', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('ukrainian armed forces', 'Ukrainian armed forces', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('ukraine''s armed forces', 'Ukraine''s armed forces', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('ukraine''s military', 'Ukraine''s military', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('kyiv''s military', 'Kyiv''s military', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('ukrainian military', 'Ukrainian military', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('zsu', 'ZSU', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('afu', 'AFU', '11cdc704-8f69-5295-9d16-286dddef6927'),
    ('russia''s military', 'Russia''s military', '49e6eec9-f3bf-50ea-8f7c-d29a5d534398'),
    ('russian military', 'Russian military', '49e6eec9-f3bf-50ea-8f7c-d29a5d534398'),
    ('ministry of defense of the russian federation', 'Ministry of Defense of the Russian Federation', '49e6eec9-f3bf-50ea-8f7c-d29a5d534398'),
    ('ministry of health in gaza', 'Ministry of Health in Gaza', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('gaza health authorities', 'Gaza health authorities', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('hamas health ministry', 'Hamas health ministry', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('ministry of health (moh) in gaza', 'Ministry of Health (MoH) in Gaza', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('gaza''s ministry of health', 'Gaza''s Ministry of Health', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('hamas-run gaza health ministry', 'Hamas-run Gaza health ministry', 'f2fadaa7-7ad6-5b8a-b201-60a46d271a8b'),
    ('israeli defence forces', 'Israeli Defence Forces', '0d04977c-cd77-5f33-a99e-93ef9f21cc92'),
    ('israel defence forces', 'Israel Defence Forces', '0d04977c-cd77-5f33-a99e-93ef9f21cc92'),
    ('israel defense forces (idf)', 'Israel Defense Forces (IDF)', '0d04977c-cd77-5f33-a99e-93ef9f21cc92'),
    ('israeli forces', 'Israeli forces', '0d04977c-cd77-5f33-a99e-93ef9f21cc92'),
    ('un high commissioner for human rights', 'UN High Commissioner for Human Rights', '09ed1958-41e8-5867-ad6a-99d0a57dc1a3'),
    ('un human rights chief', 'UN human rights chief', '09ed1958-41e8-5867-ad6a-99d0a57dc1a3'),
    ('un rights office', 'UN rights office', '09ed1958-41e8-5867-ad6a-99d0a57dc1a3'),
    ('united nations human rights office', 'United Nations human rights office', '09ed1958-41e8-5867-ad6a-99d0a57dc1a3'),
    ('armed conflict location and event data project', 'Armed Conflict Location and Event Data Project', 'ec08dfb7-9ddc-5f6e-889a-37211d0531bc'),
    ('armed conflict location and event data project (acled)', 'Armed Conflict Location and Event Data Project (ACLED)', 'ec08dfb7-9ddc-5f6e-889a-37211d0531bc'),
    ('acled analysis group', 'ACLED analysis group', 'ec08dfb7-9ddc-5f6e-889a-37211d0531bc')
) as v (normalized, alias, source_id)
where exists (select 1 from source where id = v.source_id::uuid)
on conflict do nothing;
