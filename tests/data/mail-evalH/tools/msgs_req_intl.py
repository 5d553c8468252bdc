"""Requests in German (DE/AT/CH), Swiss German and other languages."""
from kit import M, SHOP, FORMS, fake_pdf, fake_jpeg, fake_stl, form_lines, form_table

R = dict(cat="request")

# ------------------------------------------------------------------ German-speaking

M("de-request-berlin-auskunft-formal", **R, lang="de", types=["access"], regimes=["gdpr"],
  style="tb-latin1", acc_lang="de-DE", frm=("Jörg Hüttemann", "joerg.huettemann@example.de"), hmode="Q", hcs="iso-8859-1",
  date="2026-11-02 09:31 +0100",
  subj="Auskunftsersuchen nach Art. 15 DSGVO",
  body="""
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung, einschließlich der Verarbeitungszwecke, der Empfänger, der geplanten Speicherdauer und der Herkunft der Daten.

Zur Identifikation: Ich habe im Juni 2026 unter dieser E-Mail-Adresse die Bestellung 3DP-20102 (Ersatzteile für eine Kaffeemühle) aufgegeben.

Ich bitte um Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Jörg Hüttemann
Kastanienallee 12
10435 Berlin
""", notes="Formal Art. 15 letter, Thunderbird ISO-8859-1 8bit, Q-encoded subject not needed (ASCII) but From name Q-encoded.")

M("de-request-loeschen-kurz-gmx", **R, lang="de", types=["deletion"], regimes=[],
  style="plain", frm=("Sabine Kretschmer", "s.kretschmer@example.de"), date="2026-11-03 20:14 +0100",
  headers=["X-Mailer: GMX Freemail Mail"], cs="utf-8",
  subj="Konto löschen",
  body="""
Bitte löschen Sie mein Kundenkonto und alle dazugehörigen Daten. Danke.

S. Kretschmer
""", notes="Terse; address TLD alone gives no regime.")

M("de-request-wien-werbewiderspruch", **R, lang="de", types=["opt_out_marketing"], regimes=["gdpr"],
  style="outlook", acc_lang="de-AT", frm=("Mag. Thomas Pichler", "thomas.pichler@example.at"), date="2026-11-05 08:05 +0100",
  subj="Widerspruch gegen Direktwerbung",
  body="""
Sehr geehrte Damen und Herren,

ich widerspreche gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zweck der Direktwerbung, mit sofortiger Wirkung. Bitte senden Sie mir keine Newsletter oder Werbe-E-Mails mehr.

Mit freundlichen Grüßen
Mag. Thomas Pichler
Wien, Österreich
""", notes="Art. 21(2) objection -> opt_out_marketing; Austria.")

M("de-request-zuerich-dsg-auskunft-loeschung", **R, lang="de", types=["access", "deletion"], regimes=["fadp"],
  style="apple", frm=("Beat Zimmermann", "beat.zimmermann@example.ch"), date="2026-11-06 17:48 +0100",
  subj="Auskunft und Löschung gemäss DSG",
  body="""
Guten Tag

Gestützt auf Art. 25 des Schweizer Datenschutzgesetzes (DSG) ersuche ich Sie um Auskunft über sämtliche Personendaten, die Sie über mich bearbeiten. Nach Erhalt der Auskunft bitte ich Sie, diese Daten zu löschen, soweit keine gesetzliche Aufbewahrungspflicht besteht.

Freundliche Grüsse
Beat Zimmermann
Zürich
""", notes="Swiss DSG named, Swiss spelling (ss).")

M("gsw-request-basel-dialekt", **R, lang="gsw", types=["deletion", "opt_out_marketing"], regimes=["fadp"],
  style="iphone", frm=("Reto Brügger", "reto.bruegger@example.ch"), date="2026-11-07 11:22 +0100",
  subj="Date lösche",
  body="""
Hoi zämme

Chönd Ihr bitte alli mini Date lösche wo Ihr vo mir händ? Und ich wott au kei Newsletter meh übercho. Ich ha vor eme Johr bi Öich es paar Ersatzteil fürs Velo la drucke.

Merci vielmal und e schöne Tag
Reto, Basel

Von meinem iPhone gesendet
""", notes="Swiss German dialect (gsw); Basel -> fadp.")

M("de-request-hamburg-einschraenkung", **R, lang="de", types=["restriction"], regimes=["gdpr"],
  style="tb", acc_lang="de-DE", frm=("Dr. Frauke Lüdemann", "frauke.luedemann@example.de"), date="2026-11-13 15:40 +0100",
  subj="Einschränkung der Verarbeitung (Art. 18 DSGVO)",
  body="""
Sehr geehrte Damen und Herren,

ich habe Sie am 2. November gebeten, die bei Ihnen gespeicherte Telefonnummer zu korrigieren, da sie nicht mir gehört. Bis zur Klärung verlange ich nach Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung meiner Daten. Bitte speichern Sie die Daten nur noch und nutzen Sie sie für nichts anderes.

Mit freundlichen Grüßen
Dr. Frauke Lüdemann
Hamburg
""", notes="Art. 18 restriction while accuracy disputed; the earlier correction is referenced, not renewed.")

M("de-request-graz-datenuebertragbarkeit", **R, lang="de", types=["portability"], regimes=["gdpr"],
  style="gmail", frm=("Katharina Steinwender", "k.steinwender@example.at"), date="2026-11-17 19:25 +0100",
  subj="Datenübertragbarkeit",
  body="""
Hallo,

ich möchte gemäß Art. 20 DSGVO die Daten, die ich Ihnen bereitgestellt habe (Konto, Adressen, Bestellungen), in einem strukturierten, maschinenlesbaren Format bekommen, z. B. als CSV oder JSON.

Liebe Grüße aus Graz
Katharina Steinwender
""", notes="Austria; portability.")

M("de-request-innsbruck-einwilligung", **R, lang="de", types=["withdraw_consent"], regimes=["gdpr"],
  style="plain", frm=("Florian Tschurtschenthaler", "f.tschurtschenthaler@example.at"), date="2026-11-20 07:58 +0100",
  headers=["X-Mailer: Microsoft Outlook 16.0"], cs="iso-8859-15", cte="quoted-printable",
  subj="Widerruf meiner Einwilligung",
  body="""
Guten Morgen,

hiermit widerrufe ich meine Einwilligung zur Nutzung meines Fotos (mit der gedruckten Büste) auf Ihrer Website und Ihren Social-Media-Kanälen. Bitte entfernen Sie das Foto zeitnah.

Freundliche Grüße
Florian Tschurtschenthaler
Innsbruck, Tirol
""", notes="ISO-8859-15 QP; consent withdrawal for a photo, Austria.")

M("de-request-linz-beschwerde-loeschung", **R, lang="de", types=["complaint", "deletion"], regimes=["gdpr"],
  style="outlook", acc_lang="de-AT", frm=("Herbert Aigner", "herbert.aigner@example.at"), date="2026-11-24 10:33 +0100",
  subj="Keine Reaktion – Beschwerde",
  body="""
Sehr geehrte Damen und Herren,

am 14. Oktober habe ich Sie aufgefordert, meine Daten zu löschen. Bis heute habe ich weder eine Bestätigung noch eine Antwort erhalten, stattdessen kam letzte Woche wieder ein „Black Week“-Newsletter. Das ist ein klarer Verstoß gegen die DSGVO, und ich bin über den Umgang mit meinen Daten sehr verärgert.

Ich fordere Sie erneut auf, sämtliche Daten über mich unverzüglich zu löschen. Sollte ich innerhalb von 14 Tagen keine Bestätigung erhalten, wende ich mich an die österreichische Datenschutzbehörde.

Herbert Aigner
Linz
""", notes="Complaint about non-response plus renewed deletion; Austrian DSB mentioned.")

M("de-request-webform-salzburg", **R, lang="de", types=["deletion", "opt_out_marketing"], regimes=["gdpr"], form=True,
  style="form", frm=("3DPros LLC", FORMS), reply_to=("Magdalena Reiter", "magdalena.reiter@example.at"),
  requester=("Magdalena Reiter", "magdalena.reiter@example.at"),
  date="2026-11-26 21:05 +0100", subj="New Entry: Privacy Request Form",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body=form_lines([
      ("Name", "Magdalena Reiter"), ("Email", "magdalena.reiter@example.at"), ("State / Country", "Österreich (Salzburg)"),
      ("Request type", "Delete my personal information"), ("Are you under 18?", "Nein"),
      ("Details", "Bitte alles löschen und keine Werbung mehr schicken. Danke!"),
      ("I confirm the information above is accurate", "Checked"),
  ]), notes="English form labels, German values; details add a marketing opt-out.")

M("de-request-agent-datenlotse-vollmacht", **R, lang="de", types=["access", "deletion"], regimes=["gdpr"],
  style="outlook", acc_lang="de-DE", frm=("Datenlotse GmbH – Betroffenenservice", "service@datenlotse.example"),
  requester=("Aylin Demirci", "aylin.demirci@example.de"), agent=("Datenlotse GmbH", "service@datenlotse.example"),
  date="2026-11-28 09:00 +0100",
  attach=[("Vollmacht_Demirci.pdf", "application/pdf", fake_pdf("Vollmacht", ["Hiermit bevollmaechtige ich, Aylin Demirci, Koeln,", "die Datenlotse GmbH, meine Rechte nach der DSGVO", "gegenueber 3DPros LLC geltend zu machen."]))],
  subj="Geltendmachung von Betroffenenrechten für Frau Aylin Demirci (Az. DL-2026-4471)",
  body="""
Sehr geehrte Damen und Herren,

wir vertreten Frau Aylin Demirci (aylin.demirci@example.de), wohnhaft in Köln. Eine von ihr unterzeichnete Vollmacht liegt bei.

Namens und im Auftrag unserer Mandantin machen wir folgende Rechte geltend:

1. Auskunft nach Art. 15 DSGVO über alle zu ihrer Person gespeicherten Daten;
2. anschließend Löschung dieser Daten nach Art. 17 DSGVO.

Bitte richten Sie Ihre Antwort ausschließlich an uns unter Angabe des Aktenzeichens DL-2026-4471.

Mit freundlichen Grüßen
Datenlotse GmbH – Betroffenenservice
Hohenzollernring 1, 50672 Köln
""", notes="German agent service with Vollmacht (PDF).")

M("de-request-bern-widerspruch-profil", **R, lang="de", types=["objection"], regimes=["fadp"],
  style="tb", acc_lang="de-CH", frm=("Nadine Wyss", "nadine.wyss@example.ch"), date="2026-12-01 14:30 +0100",
  subj="Widerspruch",
  body="""
Grüezi

Ich widerspreche der Bearbeitung meiner Personendaten für Analyse- und Profilingzwecke (Auswertung meines Surfverhaltens und meiner Bestellungen). Für die Abwicklung von Bestellungen dürfen Sie meine Daten selbstverständlich verwenden.

Freundliche Grüsse
Nadine Wyss
Bern
""", notes="Objection to profiling, Switzerland.")

M("de-request-ps-filament-newsletter", **R, lang="de", types=["opt_out_marketing"], regimes=[],
  style="gmail", frm=("Tobias Engelhardt", "tobias.engelhardt@example.de"), date="2026-12-04 18:12 +0100",
  subj="Frage zu PETG-CF",
  body="""
Hallo zusammen,

habt ihr PETG-CF auch in Schwarz matt? Ich bräuchte ein Gehäuse für einen Raspberry Pi, ca. 120 x 90 x 40 mm, Wandstärke 2,5 mm. Die STEP-Datei kann ich schicken.

Viele Grüße
Tobias

PS: Bitte nehmt mich aus dem Newsletter raus, der kommt dreimal die Woche.
""", notes="Request in a PS under a material question.")

M("de-request-fwd-kleinanzeigen", **R, lang="de", types=["deletion"], regimes=[],
  style="gmail", frm=("3DPros Team", SHOP), incoming=False, requester=("Günther Weidlich", ""),
  date="2026-12-07 08:20 -0600",
  subj="Fwd: Nachricht zu Ihrer Anzeige \"3D-Druck Service\"",
  body="""
FYI - came in through the Kleinanzeigen listing, he wants his data gone. Forwarding for the privacy log.

---------- Forwarded message ---------
From: Kleinanzeigen <noreply@kleinanzeigen.example>
Date: Sun, Dec 6, 2026 at 3:44 PM
Subject: Nachricht zu Ihrer Anzeige "3D-Druck Service"
To: <3dprosteam@gmail.com>


Günther W. hat Ihnen eine Nachricht geschrieben:

"Guten Tag, ich hatte im Sommer über Sie zwei Zahnräder drucken lassen. Bitte löschen Sie meine Adresse und Telefonnummer aus Ihren Unterlagen, ich brauche nichts mehr. Gruß G. Weidlich"

Antworten: https://www.kleinanzeigen.example/m-nachrichten.html?id=88273611
""", notes="Staff forward (English note) of a German marketplace message; labelled de (customer's language).")

M("de-request-dresden-html-only", **R, lang="de", types=["access"], regimes=["gdpr"],
  style="html", frm=("Ronny Gläser", "ronny.glaeser@example.de"), date="2026-12-10 22:02 +0100",
  subj="Welche Daten habt ihr von mir?",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: Arial, sans-serif; font-size: 10pt;">
<div>Hallo,</div><div>&nbsp;</div>
<div>ich würde gern wissen, was ihr alles über mich gespeichert habt, und hätte gern eine Kopie davon. Laut DSGVO steht mir das ja zu.</div><div>&nbsp;</div>
<div>Grüße aus Dresden<br>Ronny Gläser</div>
</div></body></html>
""", notes="HTML-only web.de-style mail.")

M("de-request-luzern-datenherausgabe", **R, lang="de", types=["portability", "deletion"], regimes=["fadp"],
  style="outlook", acc_lang="de-CH", frm=("Corinne Bachmann", "corinne.bachmann@example.ch"), date="2026-12-15 13:37 +0100",
  subj="Herausgabe meiner Daten und Löschung",
  body="""
Grüezi

Gemäss Art. 28 nDSG verlange ich die Herausgabe meiner Personendaten, die ich Ihnen bekanntgegeben habe, in einem gängigen elektronischen Format. Danach bitte ich um Löschung meines Kundenkontos.

Freundliche Grüsse
Corinne Bachmann
Luzern
""", notes="Swiss nDSG data portability (Art. 28) + deletion.")

M("de-request-koeln-minderjaehrig", **R, lang="de", types=["minor_removal", "deletion"], regimes=["gdpr"],
  style="gmail", frm=("Petra Schulte-Brinkmann", "petra.schulte-b@example.de"),
  requester=("Lea Schulte-Brinkmann", ""), agent=("Petra Schulte-Brinkmann", "petra.schulte-b@example.de"),
  date="2026-12-18 20:50 +0100",
  subj="Beiträge meiner Tochter (14) entfernen",
  body="""
Guten Abend,

meine Tochter Lea (14) hat auf Ihrer Community-Seite Fotos ihrer Drucke und ein Bild von sich selbst hochgeladen, unter dem Namen "lea_druckt". Das hätte sie ohne unser Einverständnis nicht tun dürfen. Als Erziehungsberechtigte bitte ich Sie, alle ihre Beiträge zu entfernen und ihre Daten zu löschen.

Mit freundlichen Grüßen
Petra Schulte-Brinkmann
Köln
""", notes="Parent for a 14-year-old in Germany; removal of minor's public posts -> minor_removal plus deletion.")

# ------------------------------------------------------------------ French

M("fr-request-lyon-effacement", **R, lang="fr", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Camille Rousseau", "camille.rousseau@example.fr"), date="2026-11-04 10:10 +0100",
  subj="Demande d'effacement de mes données",
  body="""
Bonjour,

Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble de mes données personnelles (compte client, historique de commandes, adresses).

Merci de me confirmer la suppression.

Cordialement,
Camille Rousseau
Lyon
""", notes="French RGPD erasure.")

M("fr-request-bruxelles-opposition", **R, lang="fr", types=["objection", "withdraw_consent"], regimes=["gdpr"],
  style="outlook", acc_lang="fr-BE", frm=("Amélie Vandenberghe", "amelie.vdb@example.be"), date="2026-11-15 16:44 +0100",
  subj="Opposition au traitement et retrait du consentement",
  body="""
Madame, Monsieur,

Je m’oppose au traitement de mes données à des fins d’analyse et de « recherche interne » fondé sur votre intérêt légitime, et je retire mon consentement aux cookies de mesure d’audience que j’avais acceptés sur votre site.

Veuillez agréer mes salutations distinguées.
Amélie Vandenberghe
Bruxelles, Belgique
""", notes="Belgium; objection + consent withdrawal.")

M("fr-request-montreal-loi25", **R, lang="fr", types=["access", "correction"], regimes=["quebec"],
  style="apple", frm=("Étienne Gagnon", "etienne.gagnon@example.ca"), date="2026-11-22 12:05 -0500",
  subj="Demande d'accès et de rectification – Loi 25",
  body="""
Bonjour,

En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé (Loi 25), j'aimerais obtenir une copie des renseignements personnels que vous détenez à mon sujet. De plus, mon numéro de téléphone au dossier est erroné : veuillez le remplacer par le 514 555-0142.

Merci d'avance,
Étienne Gagnon
Montréal (Québec)
""", notes="Québec French; Law 25.")

M("fr-request-geneve-suppression", **R, lang="fr", types=["deletion", "opt_out_marketing"], regimes=["fadp"],
  style="tb", acc_lang="fr-CH", frm=("Léa Favre", "lea.favre@example.ch"), date="2026-12-16 09:15 +0100",
  subj="Suppression de mes données",
  body="""
Bonjour,

Je souhaite que vous supprimiez toutes les données me concernant et que vous cessiez de m'envoyer des courriels publicitaires. Je me réfère à la nouvelle LPD suisse.

Meilleures salutations
Léa Favre
Genève
""", notes="Swiss French; nLPD -> fadp.")

# ------------------------------------------------------------------ Spanish

M("es-request-houston-borrar-no-vender", **R, lang="es", types=["deletion", "opt_out_sale"], regimes=["tx_tdpsa"],
  style="iphone", frm=("María Fernanda Treviño", "mf.trevino@example.com"), date="2026-11-19 19:40 -0600",
  subj="Borrar mis datos",
  body="""
Hola, vivo en Houston, Texas. Quiero que borren toda mi información personal y que no la vendan ni la compartan con nadie. Hice un pedido en agosto con este correo.

Gracias,
María Fernanda

Enviado desde mi iPhone
""", notes="Spanish speaker in Texas -> tx_tdpsa.")

M("es-request-cdmx-arco", **R, lang="es", types=["deletion", "opt_out_marketing"], regimes=[],
  style="outlook", acc_lang="es-MX", frm=("Lic. Ricardo Salinas Peña", "r.salinas@example.com.mx"), date="2026-12-11 10:20 -0600",
  subj="Solicitud de derechos ARCO – cancelación y oposición",
  body="""
Estimados señores:

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, ejerzo mis derechos de cancelación de mis datos personales y de oposición a su uso con fines publicitarios.

Sin otro particular, quedo atento.
Lic. Ricardo Salinas Peña
Ciudad de México
""", notes="Mexico ARCO: cancelación -> deletion, oposición a publicidad -> opt_out_marketing; no regime.")

# ------------------------------------------------------------------ Italian

M("it-request-milano-cancellazione", **R, lang="it", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Giulia Bernasconi", "giulia.bernasconi@example.it"), date="2026-11-14 09:45 +0100",
  subj="Richiesta di cancellazione dati",
  body="""
Buongiorno,

ai sensi dell'art. 17 del GDPR chiedo la cancellazione di tutti i miei dati personali in vostro possesso, compreso l'account creato a marzo.

Cordiali saluti,
Giulia Bernasconi
Milano
""", notes="Italy.")

M("it-request-torino-limitazione", **R, lang="it", types=["restriction"], regimes=["gdpr"],
  style="tb", acc_lang="it-IT", frm=("Marco Ferraris", "marco.ferraris@example.it"), date="2026-12-02 15:20 +0100",
  subj="Limitazione del trattamento",
  body="""
Gentili signori,

chiedo la limitazione del trattamento dei miei dati ai sensi dell'art. 18 GDPR: vi prego di conservarli senza utilizzarli, poiché mi servono per una controversia con il corriere relativa all'ordine 3DP-20766.

Distinti saluti
Marco Ferraris
Torino
""", notes="Restriction for a legal claim.")

M("it-request-lugano-accesso", **R, lang="it", types=["access"], regimes=["fadp"],
  style="iphone", frm=("Sara Pedrazzini", "sara.pedrazzini@example.ch"), date="2027-01-04 18:05 +0100",
  subj="I miei dati",
  body="""
Buonasera, vorrei sapere quali dati personali conservate su di me. Abito a Lugano.

Grazie
Sara Pedrazzini

Inviato da iPhone
""", notes="Swiss Italian (Ticino) -> fadp.")

# ------------------------------------------------------------------ Portuguese

M("pt-request-lisboa-portabilidade", **R, lang="pt", types=["portability"], regimes=["gdpr"],
  style="gmail", frm=("Inês Carvalho", "ines.carvalho@example.pt"), date="2026-11-18 14:14 +0000",
  subj="Pedido de portabilidade de dados",
  body="""
Boa tarde,

Nos termos do artigo 20.º do RGPD, solicito que me enviem os dados pessoais que vos forneci num formato estruturado, de uso corrente e de leitura automática.

Com os melhores cumprimentos,
Inês Carvalho
Lisboa
""", notes="Portugal.")

M("pt-request-sao-paulo-lgpd", **R, lang="pt", types=["access", "deletion"], regimes=["br_lgpd"],
  style="gmail", frm=("Thiago Albuquerque", "thiago.albuquerque@example.com.br"), date="2026-12-09 10:30 -0300",
  subj="Solicitação com base na LGPD",
  body="""
Olá, tudo bem?

Com base no art. 18 da LGPD, gostaria de confirmar se vocês tratam meus dados pessoais, ter acesso a eles e, depois, pedir a eliminação de tudo. Comprei uma peça de reposição com vocês em 2025.

Valeu,
Thiago Albuquerque
São Paulo - SP
""", notes="Brazilian Portuguese; LGPD -> br_lgpd (per brief's vocabulary).")

# ------------------------------------------------------------------ Dutch

M("nl-request-utrecht-inzage", **R, lang="nl", types=["access"], regimes=["gdpr"],
  style="gmail", frm=("Sanne de Vries", "sanne.devries@example.nl"), date="2026-11-21 13:00 +0100",
  subj="Inzageverzoek AVG",
  body="""
Beste 3DPros,

Op grond van artikel 15 AVG verzoek ik u om inzage in alle persoonsgegevens die u van mij verwerkt, inclusief een kopie.

Met vriendelijke groet,
Sanne de Vries
Utrecht
""", notes="Netherlands.")

M("nl-request-antwerpen-bezwaar", **R, lang="nl", types=["objection"], regimes=["gdpr"],
  style="apple", frm=("Pieter Janssens", "pieter.janssens@example.be"), date="2026-12-12 10:45 +0100",
  subj="Bezwaar tegen verwerking",
  body="""
Goeiedag,

Ik maak bezwaar tegen het gebruik van mijn gegevens voor jullie interne analyses en "onderzoek". Voor mijn bestellingen mogen jullie ze uiteraard gebruiken.

Vriendelijke groeten
Pieter Janssens
Antwerpen
""", notes="Belgium (Flemish); objection.")

# ------------------------------------------------------------------ Polish

M("pl-request-krakow-usuniecie", **R, lang="pl", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Katarzyna Wiśniewska", "k.wisniewska@example.pl"), date="2026-11-25 08:50 +0100",
  subj="Żądanie usunięcia danych osobowych",
  body="""
Dzień dobry,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę.

Z poważaniem
Katarzyna Wiśniewska
Kraków
""", notes="Poland.")

# ------------------------------------------------------------------ Nordic

M("sv-request-goteborg-radering", **R, lang="sv", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Elin Lindgren", "elin.lindgren@example.se"), date="2026-11-27 11:25 +0100",
  subj="Begäran om radering",
  body="""
Hej!

Jag vill att ni raderar alla personuppgifter ni har om mig enligt artikel 17 i dataskyddsförordningen.

Vänliga hälsningar
Elin Lindgren
Göteborg
""", notes="Sweden.")

M("da-request-aarhus-indsigt", **R, lang="da", types=["access"], regimes=["gdpr"],
  style="gmail", frm=("Mette Kjærgaard", "mette.kjaergaard@example.dk"), date="2026-11-30 14:40 +0100",
  subj="Anmodning om indsigt",
  body="""
Hej,

Jeg vil gerne gøre brug af min ret til indsigt efter databeskyttelsesforordningen og bede om en kopi af de personoplysninger, I har om mig.

Venlig hilsen
Mette Kjærgaard
Aarhus
""", notes="Denmark.")

M("da-request-odense-samtykke", **R, lang="da", types=["withdraw_consent", "opt_out_marketing"], regimes=["gdpr"],
  style="outlook", acc_lang="da-DK", frm=("Rasmus Holm", "rasmus.holm@example.dk"), date="2026-12-21 09:05 +0100",
  subj="Tilbagekaldelse af samtykke",
  body="""
Hej

Jeg tilbagekalder hermed mit samtykke til at modtage nyhedsbreve og markedsføring fra jer.

Mvh
Rasmus Holm
Odense, Danmark
""", notes="Consent withdrawal for marketing -> both types.")

M("fi-request-tampere-poisto", **R, lang="fi", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Aino Virtanen", "aino.virtanen@example.fi"), date="2026-12-06 12:12 +0200",
  subj="Tietojen poistopyyntö",
  body="""
Hei,

pyydän, että poistatte kaikki minua koskevat henkilötiedot tietosuoja-asetuksen 17 artiklan mukaisesti.

Ystävällisin terveisin
Aino Virtanen
Tampere
""", notes="Finland.")

# ------------------------------------------------------------------ Czech, other EU

M("cs-request-brno-vymaz", **R, lang="cs", types=["deletion"], regimes=["gdpr"],
  style="gmail", frm=("Tereza Dvořáková", "tereza.dvorakova@example.cz"), date="2026-12-01 10:00 +0100",
  subj="Žádost o výmaz osobních údajů",
  body="""
Dobrý den,

podle čl. 17 GDPR žádám o výmaz všech mých osobních údajů, které o mně zpracováváte.

S pozdravem
Tereza Dvořáková
Brno
""", notes="Czech.")

M("cs-request-praha-omezeni", **R, lang="cs", types=["restriction"], regimes=["gdpr"],
  style="tb", acc_lang="cs", frm=("Ondřej Novotný", "ondrej.novotny@example.cz"), date="2027-01-09 14:22 +0100",
  subj="Omezení zpracování",
  body="""
Dobrý den,

žádám o omezení zpracování mých osobních údajů podle čl. 18 GDPR, dokud nebude vyřešena reklamace objednávky 3DP-21455. Údaje prosím pouze uložte a nijak je nepoužívejte.

Děkuji
Ondřej Novotný
Praha
""", notes="Czech restriction.")

M("el-request-athina-prosvasi", **R, lang="el", types=["access"], regimes=["gdpr"],
  style="gmail", frm=("Νικόλαος Παπαδόπουλος", "n.papadopoulos@example.gr"), date="2026-12-05 13:30 +0200",
  subj="Αίτημα πρόσβασης σε προσωπικά δεδομένα",
  body="""
Καλησπέρα σας,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου γνωστοποιήσετε ποια προσωπικά δεδομένα μου επεξεργάζεστε και να μου στείλετε αντίγραφο.

Με εκτίμηση,
Νικόλαος Παπαδόπουλος
Αθήνα
""", notes="Greek.")

M("hu-request-budapest-hirlevel", **R, lang="hu", types=["opt_out_marketing"], regimes=["gdpr"],
  style="plain", frm=("Kovács Eszter", "kovacs.eszter@example.hu"), date="2026-12-13 19:19 +0100", cs="utf-8",
  subj="Leiratkozás és adatkezelés",
  body="""
Jó napot!

Kérem, hogy a továbbiakban ne küldjenek nekem reklám célú e-maileket, és ne kezeljék az adataimat direkt marketing célra (GDPR 21. cikk).

Üdvözlettel:
Kovács Eszter
Budapest
""", notes="Hungarian; Art. 21 direct marketing -> opt_out_marketing.")

M("sk-request-bratislava-prenositelnost", **R, lang="sk", types=["portability"], regimes=["gdpr"],
  style="gmail", frm=("Martin Horváth", "martin.horvath@example.sk"), date="2027-01-12 09:40 +0100",
  subj="Žiadosť o prenosnosť údajov",
  body="""
Dobrý deň,

v zmysle článku 20 GDPR žiadam o poskytnutie mojich osobných údajov v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte.

S pozdravom
Martin Horváth
Bratislava
""", notes="Slovak.")

# ------------------------------------------------------------------ Asia

M("ja-request-tokyo-sakujo", **R, lang="ja", types=["deletion", "opt_out_marketing"], regimes=[],
  style="b64", cs="utf-8", frm=("佐藤 美咲", "misaki.sato@example.jp"), date="2026-12-08 10:30 +0900",
  subj="個人情報の削除のお願い",
  body="""
3DPros ご担当者様

お世話になっております。佐藤と申します。
以前フィギュアの出力をお願いした際に登録した個人情報（氏名、住所、電話番号、メールアドレス）をすべて削除していただけますでしょうか。
また、今後の宣伝メールの配信も停止してください。

よろしくお願いいたします。
佐藤 美咲
東京都
""", notes="Japanese, base64; Japan -> no regime.")

M("ko-request-seoul-yeollam", **R, lang="ko", types=["access"], regimes=[],
  style="b64", cs="utf-8", plain_only=True, frm=("김지훈", "jihoon.kim@example.kr"), date="2026-12-22 15:00 +0900",
  subj="개인정보 열람 요청",
  body="""
안녕하세요,

귀사가 보유하고 있는 저의 개인정보 내역을 열람하고 싶습니다. 어떤 정보를 어떤 목적으로 보관하고 있는지 알려주시기 바랍니다.

감사합니다.
김지훈
서울
""", notes="Korean base64 text/plain only; Korea -> no regime.")

M("zh-request-taipei-gengzheng", **R, lang="zh", types=["correction", "deletion"], regimes=[],
  style="b64", cs="utf-8", frm=("陳怡君", "yijun.chen@example.tw"), date="2027-01-14 20:10 +0800",
  subj="請更正並刪除我的個人資料",
  body="""
您好：

我在貴公司的帳戶中，電話號碼登記錯誤，請更正為 0912-555-018。另外，請刪除我帳戶裡舊的收件地址。

謝謝！
陳怡君
台北
""", notes="Traditional Chinese; correction + deletion of an old address; no regime in vocabulary.")
