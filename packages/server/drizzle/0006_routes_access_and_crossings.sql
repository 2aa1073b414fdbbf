-- Routes and events: own jurisdiction only, like the rest of the investigation records.
GRANT SELECT, INSERT, UPDATE, DELETE ON route_legs TO veza_app;
--> statement-breakpoint
ALTER TABLE route_legs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY route_legs_own_jurisdiction ON route_legs FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_events TO veza_app;
--> statement-breakpoint
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_events_own_jurisdiction ON case_events FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- Border crossings: reference data that every signed-in user reads; coordinates approximate (about 1 km).
GRANT SELECT ON border_crossings TO veza_app;
--> statement-breakpoint
INSERT INTO border_crossings (id, name, local_names, countries, latitude, longitude) VALUES
  ('mk-gr-bogorodica-evzoni', 'Bogorodica – Evzoni (Gevgelija)', 'Богородица – Εύζωνοι', ARRAY['MK', 'GR'], 41.131, 22.545),
  ('mk-gr-dojran-doirani', 'Star Dojran – Doirani', 'Стар Дојран – Δοϊράνη', ARRAY['MK', 'GR'], 41.177, 22.728),
  ('mk-gr-medzitlija-niki', 'Medžitlija – Niki', 'Меџитлија – Νίκη', ARRAY['MK', 'GR'], 40.93, 21.372),
  ('mk-rs-tabanovce-presevo', 'Tabanovce – Preševo', 'Табановце – Прешево', ARRAY['MK', 'RS'], 42.221, 21.703),
  ('mk-al-cafasan-qafe-thane', 'Ćafasan – Qafë Thanë', 'Ќафасан – Qafë Thanë', ARRAY['MK', 'AL'], 41.172, 20.581),
  ('mk-al-sveti-naum-tushemisht', 'Sveti Naum – Tushemisht', 'Свети Наум – Tushemisht', ARRAY['MK', 'AL'], 40.912, 20.741),
  ('mk-xk-blace-hani-i-elezit', 'Blace – Hani i Elezit', 'Блаце – Hani i Elezit', ARRAY['MK', 'XK'], 42.199, 21.301),
  ('mk-xk-jazince-glloboqice', 'Jažince – Glloboçicë', 'Јажинце – Glloboçicë', ARRAY['MK', 'XK'], 42.151, 21.097),
  ('mk-bg-deve-bair-gyueshevo', 'Deve Bair – Gyueshevo', 'Деве Баир – Гюешево', ARRAY['MK', 'BG'], 42.231, 22.497),
  ('rs-hu-horgos-roszke', 'Horgoš – Röszke', 'Хоргош – Röszke', ARRAY['RS', 'HU'], 46.162, 19.977),
  ('rs-hu-kelebija-tompa', 'Kelebija – Tompa', 'Келебија – Tompa', ARRAY['RS', 'HU'], 46.181, 19.588),
  ('rs-hr-batrovci-bajakovo', 'Batrovci – Bajakovo', 'Батровци – Bajakovo', ARRAY['RS', 'HR'], 45.048, 19.101),
  ('rs-hr-sid-tovarnik', 'Šid – Tovarnik (rail)', 'Шид – Tovarnik', ARRAY['RS', 'HR'], 45.131, 19.219),
  ('rs-ba-sremska-raca', 'Sremska Rača – Rača', 'Сремска Рача – Рача', ARRAY['RS', 'BA'], 44.892, 19.327),
  ('rs-ba-mali-zvornik-zvornik', 'Mali Zvornik – Zvornik', 'Мали Зворник – Зворник', ARRAY['RS', 'BA'], 44.389, 19.104),
  ('rs-bg-gradina-kalotina', 'Gradina – Kalotina', 'Градина – Калотина', ARRAY['RS', 'BG'], 42.982, 22.87),
  ('rs-ro-vatin-moravita', 'Vatin – Moravița', 'Ватин – Moravița', ARRAY['RS', 'RO'], 45.272, 21.266),
  ('rs-me-dobrakovo', 'Gostun – Dobrakovo', 'Гостун – Добраково', ARRAY['RS', 'ME'], 43.094, 19.705),
  ('rs-xk-jarinje', 'Jarinje', 'Јариње – Jarinjë', ARRAY['RS', 'XK'], 43.033, 20.826),
  ('rs-xk-merdare', 'Merdare', 'Мердаре – Merdarë', ARRAY['RS', 'XK'], 42.882, 21.361),
  ('ba-hr-velika-kladusa-maljevac', 'Velika Kladuša – Maljevac', 'Велика Кладуша – Maljevac', ARRAY['BA', 'HR'], 45.183, 15.797),
  ('ba-hr-izacic-licko-petrovo-selo', 'Izačić – Ličko Petrovo Selo (Bihać)', 'Изачић – Ličko Petrovo Selo', ARRAY['BA', 'HR'], 44.861, 15.772),
  ('ba-hr-gradiska', 'Gradiška – Stara Gradiška', 'Градишка – Stara Gradiška', ARRAY['BA', 'HR'], 45.147, 17.252),
  ('ba-hr-bijaca-nova-sela', 'Bijača – Nova Sela', 'Бијача – Nova Sela', ARRAY['BA', 'HR'], 43.133, 17.552),
  ('ba-hr-orasje-zupanja', 'Orašje – Županja', 'Орашје – Županja', ARRAY['BA', 'HR'], 45.042, 18.694),
  ('ba-me-hum-scepan-polje', 'Hum – Šćepan Polje', 'Хум – Шћепан Поље', ARRAY['BA', 'ME'], 43.351, 18.84),
  ('ba-me-klobuk-vracenovici', 'Klobuk – Vraćenovići', 'Клобук – Враћеновићи', ARRAY['BA', 'ME'], 42.826, 18.617),
  ('al-gr-kakavije-kakavia', 'Kakavijë – Kakavia', 'Kakavijë – Κακαβιά', ARRAY['AL', 'GR'], 39.929, 20.33),
  ('al-gr-kapshtice-krystallopigi', 'Kapshticë – Krystallopigi', 'Kapshticë – Κρυσταλλοπηγή', ARRAY['AL', 'GR'], 40.6, 20.991),
  ('al-me-hani-i-hotit-bozaj', 'Hani i Hotit – Božaj', 'Hani i Hotit – Божај', ARRAY['AL', 'ME'], 42.371, 19.441),
  ('al-me-muriqan-sukobin', 'Muriqan – Sukobin', 'Muriqan – Сукобин', ARRAY['AL', 'ME'], 41.994, 19.383),
  ('al-xk-morine-vermice', 'Morinë – Vërmicë', 'Morinë – Vërmicë', ARRAY['AL', 'XK'], 42.118, 20.553),
  ('me-hr-debeli-brijeg-karasovici', 'Debeli Brijeg – Karasovići', 'Дебели Бријег – Karasovići', ARRAY['ME', 'HR'], 42.474, 18.528),
  ('me-xk-kula', 'Kula', 'Кула – Kulla', ARRAY['ME', 'XK'], 42.776, 20.187);
