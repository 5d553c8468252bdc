"""Requests in languages other than English (hand-written)."""
from kit import Mail as M, R, dedent as d, pdf, jpeg

# ---------------- German ----------------
M("de-request-dsgvo-auskunft-formal.eml", "plain", "2027-05-04 10:20 +0200",
  "Dr. Henrike Sommerfeld <h.sommerfeld@example.de>", "Auskunftsersuchen nach Art. 15 DSGVO", d("""
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten sowie die Informationen nach Art. 15 Abs. 1 lit. a bis h DSGVO zur Verfügung.

Zur Identifizierung: Bestellungen 3DP-42277 (Architekturmodell Stadtvilla, März 2026) und 3DP-46530 (Geländemodell, Januar 2027), jeweils mit dieser E-Mail-Adresse.

Ich bitte um Beantwortung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr.-Ing. Henrike Sommerfeld
Sommerfeld Architektur, Kaiserstraße 12, 80801 München
"""), mailer="X-Mailer: GMX.net Web Mail", hq="q",
  lab=R(["access"], ["gdpr"], notes="Formal Art. 15 request with order numbers; GMX-style plain mail, RFC 2047 Q From."))

M("de-request-loeschung-modellbahn-rambling.eml", "thunderbird", "2027-05-09 20:35 +0200",
  "Wolfgang Häberle <w.haeberle@example.de>", "Meine Bestellungen und eine Bitte", d("""
Liebes 3DPros-Team,

zunächst einmal herzlichen Dank für die Drehscheibe im Maßstab H0, die Sie mir letzten Herbst gedruckt haben. Sie läuft inzwischen tadellos auf meiner Anlage im Keller, und mein Enkel ist jedes Mal begeistert, wenn die Lok darauf gedreht wird. Die Passgenauigkeit war besser als bei den Teilen, die ich früher bei einem Anbieter in Nürnberg habe fertigen lassen.

Nun zu meinem eigentlichen Anliegen: Da ich die Anlage im kommenden Jahr an den Modellbahnverein in Esslingen abgebe und selbst keine Teile mehr bestellen werde, möchte ich Sie bitten, mein Kundenkonto und alle meine gespeicherten persönlichen Daten zu löschen. Rechnungen, die Sie aus steuerlichen Gründen aufbewahren müssen, dürfen Sie selbstverständlich behalten.

Falls der Verein später bei Ihnen bestellt, wird sich der Vorsitzende, Herr Kübler, direkt melden. Er hat Ihre Adresse schon.

Mit freundlichen Grüßen aus dem Schwabenland
Wolfgang Häberle
Esslingen am Neckar, Deutschland
"""), charset="iso-8859-1", cte="8bit", mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.0",
  lab=R(["deletion"], ["gdpr"], notes="Rambling hobbyist letter; deletion in the middle; Thunderbird ISO-8859-1 8bit format=flowed."))

M("de-request-widerspruch-werbung-auskunft.eml", "gmail", "2027-05-16 08:05 +0200",
  "Lena Oberholzer <lena.oberholzer@example.de>", "Werbung + Auskunft", d("""
Hallo,

ich widerspreche hiermit nach Art. 21 Abs. 2 DSGVO der Nutzung meiner Daten für Werbezwecke und bitte Sie gleichzeitig um Auskunft, welche Daten Sie über mich gespeichert haben und woher Sie meine Handynummer haben.

Viele Grüße
Lena Oberholzer
Leipzig
"""), lab=R(["opt_out_marketing", "access"], ["gdpr"], notes="Art. 21(2) objection to advertising = opt_out_marketing, plus access, in one sentence."))

M("de-request-anwalt-auskunft-loeschung-vollmacht.eml", "outlook", "2027-05-27 11:30 +0200",
  "RAin Katharina Lindemann <k.lindemann@lindemann-recht.example>", "Unser Mandant Herr Florian Brückner - Auskunft und Löschung gem. Art. 15, 17 DSGVO", d("""
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Herrn Florian Brückner, wohnhaft in Hamburg (E-Mail: florian.brueckner@example.de), vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,

1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu unserem Mandanten gespeicherten personenbezogenen Daten zu erteilen und
2. diese Daten im Anschluss gemäß Art. 17 DSGVO zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Für den Eingang Ihrer Antwort haben wir uns den 27.06.2027 notiert.

Mit freundlichen Grüßen

Katharina Lindemann
Rechtsanwältin
Lindemann Rechtsanwälte PartG mbB, Hamburg
"""), atts=[("Vollmacht_Brueckner.pdf", "application/pdf", pdf("Vollmacht Florian Brueckner"))],
  lab=R(["access", "deletion"], ["gdpr"], requester=("Florian Brückner", "florian.brueckner@example.de"),
        agent=("Katharina Lindemann", "k.lindemann@lindemann-recht.example"), notes="Lawyer with Vollmacht attached."))

M("de-request-beschwerde-berichtigung-zahntechnik.eml", "plain", "2027-06-03 15:10 +0200",
  "Matthias Großkopf <m.grosskopf@example.de>", "Zum dritten Mal: falscher Name", d("""
Guten Tag,

ich habe Sie jetzt zweimal telefonisch darum gebeten, meinen Namen in Ihrem System zu berichtigen. Er lautet Großkopf, nicht "Grosskopt". Jede Lieferung für unser Dentallabor kommt mit dem falschen Namen, und offenbar interessiert das niemanden. Ich bin über den Umgang mit meinen Daten ehrlich gesagt verärgert und beschwere mich hiermit ausdrücklich darüber.

Bitte berichtigen Sie meinen Namen jetzt und bestätigen Sie das schriftlich.

Matthias Großkopf
Zahntechnikermeister, Dentallabor Großkopf, Bremen
"""), mailer="X-Mailer: Telekom Mail", hq="b",
  lab=R(["complaint", "correction"], ["gdpr"], notes="Complaint about ignored correction plus renewed correction; RFC 2047 B From."))

M("de-request-einschraenkung-art18.eml", "apple", "2027-06-12 09:25 +0200",
  "Anja Petersen-Ruiz <anja.pr@example.de>", "Einschränkung der Verarbeitung", d("""
Guten Morgen,

ich bestreite die Richtigkeit der Adressdaten, die Sie zu meinem Konto gespeichert haben (dort steht noch meine alte Wohnung in Kiel). Bis das geklärt ist, verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung meiner Daten.

Beste Grüße
Anja Petersen-Ruiz
Lübeck
"""), lab=R(["restriction"], ["gdpr"], notes="Art. 18 restriction while accuracy is contested; no correction demanded as such."))

M("de-request-ch-dsg-auskunft-loeschung.eml", "thunderbird", "2027-06-20 14:50 +0200",
  "Urs Zimmerli <urs.zimmerli@example.ch>", "Auskunft und Löschung nach DSG", d("""
Grüezi

Ich ha bi Ihne letschts Jahr es paar Teili für mini Modelleisebahn bstellt. Gestützt auf Art. 25 DSG bitte ich Sie um Auskunft über alle Personendaten, die Sie über mich bearbeiten, und anschliessend um deren Löschung.

Merci vielmal und freundliche Grüsse
Urs Zimmerli
Winterthur, Schweiz
"""), lab=R(["access", "deletion"], ["fadp"], notes="Swiss German with dialect opener; DSG named; Switzerland."))

# ---------------- French ----------------
M("fr-request-opposition-profilage-lyon.eml", "outlook", "2027-05-06 17:40 +0200",
  "Bérénice Chaumont <b.chaumont@atelier-chaumont.example>", "Opposition au traitement de mes données", d("""
Madame, Monsieur,

Cliente de 3DPros depuis 2025 pour des maquettes d'architecture, je m'oppose, sur le fondement de l'article 21.1 du RGPD et pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles à des fins d'analyse et de profilage.

Je vous remercie de m'en confirmer la prise en compte.

Bérénice Chaumont
Atelier Chaumont Architectes, Lyon
"""), lab=R(["objection"], ["gdpr"], notes="Art. 21(1) objection; windows-1252 QP Outlook."))

M("fr-request-effacement-cosplay-iphone.eml", "iphone", "2027-05-13 23:10 +0200",
  "Maëlle Guerin <maelle.guerin.cos@example.fr>", "Suppression de mon compte", d("""
Bonsoir,

Je voudrais que vous supprimiez mon compte et toutes mes données (nom, adresse, photos de mes costumes que j'avais envoyées pour les devis). Je n'ai plus besoin du compte.

Merci beaucoup et bonne soirée
Maëlle
Toulouse

Envoyé de mon iPhone
"""), lab=R(["deletion"], ["gdpr"], notes="Cosplayer, deletion; Toulouse (France)."))

M("fr-request-avocat-acces-client.eml", "plain", "2027-05-25 10:00 +0200",
  "Maître Olivier Desrosiers <o.desrosiers@desrosiers-avocats.example>", "Demande d'accès - M. Thibault Renard", d("""
Madame, Monsieur,

J'interviens en qualité de conseil de M. Thibault Renard, demeurant à Nantes (adresse électronique : thibault.renard@example.fr).

Au nom de mon client, et conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir lui communiquer l'ensemble des données à caractère personnel le concernant que votre société détient, ainsi que les informations relatives aux finalités et aux destinataires de ces données.

Vous trouverez ci-joint le mandat signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Desrosiers
Avocat au Barreau de Nantes
"""), atts=[("mandat_Renard.pdf", "application/pdf", pdf("Mandat Thibault Renard"))],
  lab=R(["access"], ["gdpr"], requester=("Thibault Renard", "thibault.renard@example.fr"),
        agent=("Olivier Desrosiers", "o.desrosiers@desrosiers-avocats.example"), notes="Avocat with mandate attached."))

M("fr-request-portabilite-rectification.eml", "gmail", "2027-06-15 12:12 +0200",
  "Hugo Lefebvre-Marchand <hugo.lefebvre.m@example.fr>", "Mes données", d("""
Bonjour,

Pourriez-vous me transmettre mes données personnelles dans un format lisible par machine (CSV ou JSON) et corriger au passage mon adresse de facturation personnelle, qui est toujours celle de Bordeaux alors que j'habite maintenant à Arcachon ?

Merci d'avance,
Hugo
"""), lab=R(["portability", "correction"], ["gdpr"], notes="Portability plus correction in one sentence; France from place names. Personal billing address in the customer record, not an order document."))

M("fr-request-qc-loi25-acces-consentement.eml", "gmail", "2027-06-24 09:15 -0400",
  "Geneviève Tremblay <genevieve.tremblay@example.ca>", "Demande d'accès et retrait de consentement", d("""
Bonjour,

En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé (Loi 25), je vous demande de me communiquer les renseignements personnels que vous détenez à mon sujet. Je retire également mon consentement à ce que vous utilisiez mes renseignements à des fins autres que l'exécution de mes commandes.

Geneviève Tremblay
Sherbrooke (Québec)
"""), lab=R(["access", "withdraw_consent"], ["quebec"], notes="Québec French, Law 25."))

# ---------------- Spanish ----------------
M("es-request-supresion-valencia.eml", "plain", "2027-05-08 12:30 +0200",
  "Javier Montesinos <javier.montesinos@example.es>", "Ejercicio del derecho de supresión", d("""
Buenos días:

Por medio del presente ejerzo mi derecho de supresión conforme al artículo 17 del RGPD y solicito que eliminen todos mis datos personales de sus sistemas. Mis pedidos fueron figuras de rol impresas en resina, entre 2025 y 2026.

Un saludo,
Javier Montesinos
Valencia, España
"""), charset="iso-8859-1", cte="quoted-printable", lab=R(["deletion"], ["gdpr"], notes="Art. 17; ISO-8859-1 QP."))

M("es-request-oposicion-limitacion.eml", "outlook", "2027-05-30 18:20 +0200",
  "Carmen Ruiz de Alda <c.ruizdealda@example.es>", "Oposición y limitación del tratamiento", d("""
Estimados señores:

Me opongo al tratamiento de mis datos para sus "análisis internos" y solicito que, mientras resuelven mi oposición, limiten el tratamiento de mis datos personales, de acuerdo con los artículos 18 y 21 del RGPD.

Atentamente,
Carmen Ruiz de Alda
Bilbao
"""), lab=R(["objection", "restriction"], ["gdpr"], notes="Objection and restriction in one sentence."))

M("es-request-portabilidad-madrid.eml", "gmail", "2027-06-11 11:00 +0200",
  "Álvaro Pizarro <alvaro.pizarro@estudiopizarro.example>", "Portabilidad de mis datos", d("""
Hola,

Soy arquitecto en Madrid y cliente vuestro desde hace un par de años. Vamos a cambiar de proveedor de maquetas y me gustaría que me enviarais mis datos personales (perfil, direcciones, historial de pedidos) en un formato estructurado y de uso común, para poder llevarlos al nuevo proveedor. Entiendo que es el derecho a la portabilidad del RGPD.

Gracias,
Álvaro Pizarro
"""), lab=R(["portability"], ["gdpr"], notes="Portability; Madrid."))

M("es-request-mexico-arco.eml", "plain", "2027-07-08 10:40 -0600",
  "Itzel Cervantes <itzel.cervantes@example.com.mx>", "Solicitud de derechos ARCO", d("""
Buen día,

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito el acceso a mis datos personales y la rectificación de mi número de teléfono, que debe ser +52 33 5550 1287.

Saludos,
Itzel Cervantes
Guadalajara, Jalisco, México
"""), lab=R(["access", "correction"], [], notes="Mexico ARCO: no regime."))

# ---------------- Italian ----------------
M("it-request-cancellazione-newsletter-rambling.eml", "gmail", "2027-05-14 16:45 +0200",
  "Gianluca Ferraresi <gianluca.ferraresi@example.it>", "Un saluto e una richiesta", d("""
Buongiorno a tutti,

vi scrivo innanzitutto per ringraziarvi: il modellino del ponte in scala 1:87 per il mio diorama ferroviario è arrivato perfetto, e al raduno di Verona in molti mi hanno chiesto dove l'avessi fatto stampare. Ho dato il vostro sito a tre o quattro persone, quindi forse riceverete qualche ordine dall'Italia!

Detto questo, per motivi personali sto chiudendo quasi tutti i miei account online. Vi chiederei quindi di cancellare il mio account e i miei dati personali e di togliermi dalla newsletter. Se per legge dovete tenere le fatture, nessun problema.

Ancora grazie e buon lavoro,
Gianluca Ferraresi
Torino
"""), lab=R(["deletion", "opt_out_marketing"], ["gdpr"], notes="Rambling thank-you with deletion and newsletter removal in the middle; Torino."))

M("it-request-limitazione-milano.eml", "outlook", "2027-06-06 09:55 +0200",
  "Avv. Silvia Marchetti <s.marchetti@example.it>", "Richiesta di limitazione del trattamento ex art. 18 GDPR", d("""
Spett.le 3DPros LLC,

la sottoscritta Silvia Marchetti, residente a Milano, chiede la limitazione del trattamento dei propri dati personali ai sensi dell'art. 18 del Regolamento (UE) 2016/679, in quanto i dati non sono più necessari per le Vostre finalità ma mi servono per l'accertamento di un diritto in sede giudiziaria.

Distinti saluti
Silvia Marchetti
"""), lab=R(["restriction"], ["gdpr"], notes="Writes as herself (a lawyer by title, not acting as an agent); Art. 18(1)(c)."))

M("it-request-revoca-consenso-iphone.eml", "iphone", "2027-07-02 21:30 +0200",
  "Chiara Lombardo <chiara.lombardo@example.it>", "Revoca consenso", d("""
Ciao, revoco il consenso che vi avevo dato per l'uso delle foto del mio cosplay di Zelda sui vostri social. Grazie

Chiara, Napoli

Inviato da iPhone
"""), lab=R(["withdraw_consent"], ["gdpr"], notes="Short withdrawal of photo consent; Naples."))

# ---------------- Portuguese (PT and BR) ----------------
M("pt-request-apagamento-porto.eml", "thunderbird", "2027-05-19 10:05 +0100",
  "Rui Carvalhais <rui.carvalhais@example.pt>", "Pedido de apagamento de dados", d("""
Bom dia,

Venho por este meio solicitar, ao abrigo do artigo 17.º do RGPD, o apagamento de todos os meus dados pessoais que estejam na vossa posse.

Com os melhores cumprimentos,
Rui Carvalhais
Porto, Portugal
"""), lab=R(["deletion"], ["gdpr"], notes="European Portuguese, Art. 17."))

M("pt-request-acesso-portabilidade-lisboa.eml", "gmail", "2027-06-09 15:00 +0100",
  "Inês Valadares <ines.valadares@example.pt>", "Acesso e portabilidade", d("""
Olá,

Sou protésica dentária em Lisboa e encomendo modelos convosco há algum tempo. Gostaria de saber que dados pessoais meus guardam e de os receber num ficheiro num formato estruturado (CSV), para os poder transferir.

Obrigada,
Inês Valadares
"""), lab=R(["access", "portability"], ["gdpr"], notes="Dental technician in Lisbon; access and portability in one sentence."))

M("pt-request-br-lgpd-exclusao-consentimento.eml", "gmail", "2027-05-21 13:20 -0300",
  "Rafael Nogueira <rafael.nogueira@example.com.br>", "Exclusão dos meus dados - LGPD", d("""
Olá, pessoal da 3DPros!

Comprei com vocês umas peças de cosplay do Genshin no ano passado (chegaram direitinho aqui em Curitiba, obrigado!). Agora queria pedir, com base na LGPD, que vocês excluam os meus dados pessoais e também revogo o consentimento que dei para receber comunicações e para uso dos meus dados.

Valeu!
Rafael Nogueira
"""), lab=R(["deletion", "withdraw_consent"], ["br_lgpd"], notes="Brazilian Portuguese; LGPD named; deletion + withdrawal of consent."))

M("pt-request-br-dados-sensiveis-protese.eml", "plain", "2027-06-18 11:45 -0300",
  "Dra. Letícia Amaral <leticia.amaral@example.com.br>", "Uso dos meus dados de saúde", d("""
Prezados,

Sou paciente de um laboratório de prótese em São Paulo que enviou o escaneamento da minha arcada, com meu nome, para vocês imprimirem um modelo. Trata-se de dado pessoal sensível (dado de saúde). Solicito que o uso desse dado seja limitado estritamente à execução do serviço e que não seja utilizado para nenhuma outra finalidade.

Atenciosamente,
Letícia Amaral
São Paulo - SP, Brasil
"""), mailer="X-Mailer: Outlook.com web", lab=R(["limit_sensitive"], ["br_lgpd"], notes="Patient of a dental lab asks to limit use of sensitive health data; Brazil."))

# ---------------- Dutch ----------------
M("nl-request-avg-inzage-utrecht.eml", "outlook", "2027-05-22 09:45 +0200",
  "Maarten van der Linde <m.vanderlinde@example.nl>", "Inzageverzoek AVG", d("""
Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij verwerkt, inclusief het doel, de ontvangers en de bewaartermijn.

Mijn bestellingen (bouwkundige maquettes) staan op dit e-mailadres.

Met vriendelijke groet,
Maarten van der Linde
Utrecht
"""), lab=R(["access"], ["gdpr"], notes="Formal Dutch access request."))

M("nl-request-verwijderen-nieuwsbrief.eml", "gmail", "2027-06-04 20:10 +0200",
  "Femke Jansen <femke.jansen@example.nl>", "graag verwijderen", d("""
Hoi,

Willen jullie mijn account en gegevens verwijderen en mij ook van de nieuwsbrief afhalen? Ik bestel niet meer bij jullie sinds ik zelf een printer heb :)

Groetjes,
Femke (Eindhoven)
"""), lab=R(["deletion", "opt_out_marketing"], ["gdpr"], notes="Two asks in one sentence; Eindhoven."))

M("nl-request-bezwaar-marketingprofiel.eml", "thunderbird", "2027-07-09 13:30 +0200",
  "Joost Hoekstra <joost.hoekstra@example.nl>", "Bezwaar", d("""
Beste 3DPros,

Ik maak bezwaar tegen het verwerken van mijn gegevens voor jullie "interne analyses" en onderzoek op basis van gerechtvaardigd belang (art. 21 lid 1 AVG). Ik woon in Groningen.

Groet,
Joost Hoekstra
"""), lab=R(["objection"], ["gdpr"], notes="Art. 21(1) objection."))

# ---------------- Polish ----------------
M("pl-request-rodo-usuniecie.eml", "gmail", "2027-05-26 14:40 +0200",
  "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Żądanie usunięcia danych (art. 17 RODO)", d("""
Dzień dobry,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę. Zamawiałam u Państwa elementy kostiumu (zbroję do cosplayu) w 2026 roku.

Z poważaniem,
Agnieszka Wróblewska
Kraków
"""), lab=R(["deletion"], ["gdpr"], notes="Polish Art. 17; RFC 2047 subject."))

M("pl-request-sprostowanie-nazwiska.eml", "plain", "2027-06-26 08:50 +0200",
  "Paweł Dąbrowski <pawel.dabrowski@example.pl>", "Sprostowanie danych", d("""
Dzień dobry,

proszę o sprostowanie moich danych: w Państwa systemie moje nazwisko jest zapisane jako "Dabrowski" bez polskich znaków, a numer telefonu jest nieaktualny. Poprawny numer: +48 600 555 017.

Pozdrawiam,
Paweł Dąbrowski
Gdańsk, Polska
"""), cte="base64", lab=R(["correction"], ["gdpr"], notes="Correction; base64 body."))

# ---------------- Nordic ----------------
M("sv-request-registerutdrag-goteborg.eml", "gmail", "2027-05-31 10:25 +0200",
  "Elin Sjöberg <elin.sjoberg@example.se>", "Begäran om registerutdrag", d("""
Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR), alltså en kopia av de personuppgifter ni behandlar om mig.

Vänliga hälsningar
Elin Sjöberg
Göteborg
"""), lab=R(["access"], ["gdpr"], notes="Swedish access request."))

M("sv-request-radera-kort.eml", "iphone", "2027-07-10 22:05 +0200",
  "Oskar Lindgren <oskar.lindgren@example.se>", "Radera mitt konto", d("""
Hej! Kan ni radera mitt konto och allt ni har sparat om mig? Tack!

/Oskar

Skickat från min iPhone
"""), lab=R(["deletion"], [], notes="Short, no law, no place named."))

M("da-request-indsigt-sletning.eml", "plain", "2027-06-01 11:35 +0200",
  "Mette Kjærgaard <mette.kjaergaard@example.dk>", "Indsigt og sletning", d("""
Hej,

Jeg vil gerne have indsigt i de personoplysninger, I har om mig, og derefter bede jer slette dem, jf. databeskyttelsesforordningen.

Venlig hilsen
Mette Kjærgaard
Aarhus, Danmark
"""), charset="iso-8859-1", cte="8bit", lab=R(["access", "deletion"], ["gdpr"], notes="Danish; ISO-8859-1 8bit."))

M("fi-request-tietojen-poisto.eml", "gmail", "2027-06-14 18:20 +0300",
  "Aino Heikkilä <aino.heikkila@example.fi>", "Tietojen poistopyyntö", d("""
Hei,

Pyydän, että poistatte kaikki minua koskevat henkilötiedot järjestelmistänne EU:n tietosuoja-asetuksen 17 artiklan perusteella.

Ystävällisin terveisin
Aino Heikkilä
Tampere
"""), lab=R(["deletion"], ["gdpr"], notes="Finnish Art. 17."))

# ---------------- Central / Eastern / Southern Europe ----------------
M("cs-request-vymaz-udaju.eml", "thunderbird", "2027-06-05 12:00 +0200",
  "Tomáš Novotný <tomas.novotny@example.cz>", "Žádost o výmaz osobních údajů", d("""
Dobrý den,

žádám o výmaz všech mých osobních údajů podle článku 17 GDPR. U vás jsem si objednal díly k modelu letadla.

S pozdravem
Tomáš Novotný
Brno
"""), lab=R(["deletion"], ["gdpr"], notes="Czech Art. 17."))

M("el-request-diagrafi.eml", "gmail", "2027-06-23 19:40 +0300",
  "Νίκος Παπαδόπουλος <nikos.papadopoulos@example.gr>", "Αίτημα διαγραφής δεδομένων", d("""
Καλησπέρα σας,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα συστήματά σας.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Αθήνα
"""), hq="b", lab=R(["deletion"], ["gdpr"], notes="Greek; B-encoded headers."))

M("hu-request-hozzaferes.eml", "plain", "2027-07-01 10:10 +0200",
  "Kovács Eszter <kovacs.eszter@example.hu>", "Hozzáférési kérelem", d("""
Tisztelt Címzett!

A GDPR 15. cikke alapján kérem, hogy tájékoztassanak arról, milyen személyes adataimat kezelik, és küldjenek róluk másolatot.

Üdvözlettel:
Kovács Eszter
Budapest
"""), lab=R(["access"], ["gdpr"], notes="Hungarian access."))

M("ro-request-dezabonare-marketing.eml", "gmail", "2027-07-04 09:00 +0300",
  "Andreea Popescu <andreea.popescu@example.ro>", "Nu mai doresc mesaje promoționale", d("""
Bună ziua,

Vă rog să nu-mi mai trimiteți mesaje de marketing și oferte promoționale pe e-mail. Mă opun prelucrării datelor mele în scop de marketing direct.

Mulțumesc,
Andreea Popescu
Cluj-Napoca
"""), lab=R(["opt_out_marketing"], ["gdpr"], notes="Romanian; direct-marketing objection = opt_out_marketing."))

# ---------------- Asia ----------------
M("ja-request-kaiji-seikyu.eml", "plain", "2027-06-07 14:30 +0900",
  "山田 花子 <hanako.yamada@example.jp>", "保有個人データの開示請求", d("""
3DPros LLC ご担当者様

お世話になっております。昨年、コスプレ用の小物を注文した山田と申します。

個人情報保護法に基づき、貴社が保有している私の個人データの開示を請求いたします。

よろしくお願いいたします。
山田 花子
東京都
"""), charset="iso-2022-jp" if False else "utf-8", cte="base64", hq="b",
  lab=R(["access"], [], notes="Japanese APPI: no regime. base64 body, B headers."))

M("ko-request-sakje.eml", "plain", "2027-07-11 11:15 +0900",
  "김민준 <minjun.kim@example.kr>", "개인정보 삭제 요청", d("""
안녕하세요.

개인정보 보호법에 따라 귀사가 보유하고 있는 제 개인정보의 삭제를 요청합니다. 회원 탈퇴도 함께 처리해 주세요.

감사합니다.
김민준
서울
"""), cte="base64", hq="b", lab=R(["deletion"], [], notes="Korean PIPA: no regime."))

M("zh-request-shanchu-tuiding.eml", "plain", "2027-07-13 20:45 +0800",
  "陈思远 <siyuan.chen@example.cn>", "请删除我的个人信息", d("""
您好：

我去年在贵公司订购过手办打印服务。请删除我的账户和所有个人信息，并且不要再给我发送促销邮件。

谢谢！
陈思远
"""), cte="base64", hq="b", lab=R(["deletion", "opt_out_marketing"], [], notes="Chinese, no law, no place; deletion + stop promotions."))
