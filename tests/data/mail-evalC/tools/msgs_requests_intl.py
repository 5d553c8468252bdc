"""Set C: privacy requests in languages other than English, many in the shape of model letters published by
regulators and consumer groups (datenanfragen.de, CNIL, AEPD, Garante, AP/Consumentenbond, UODO, IMY,
Datatilsynet, dTest, Idec/LGPD art. 18 lists, APPI 開示等請求書, PIPA 열람 요구서)."""

from common import FORMS, R
from kit import Att, addr, fake_jpeg, fake_pdf

# ================================================================ German

R("de-request-datenanfragen-auskunft.eml", "Johannes Becker", "johannes.becker@posteo.example",
  "Anfrage nach Art. 15 DSGVO", "2026-09-04 20:33 +0200",
  """Guten Tag,

ich bitte hiermit um Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende
personenbezogene Daten verarbeiten (vgl. Art. 4 Nr. 1 und 2 DSGVO).

Falls dem so sein sollte, stellen Sie mir bitte im Sinne des Art. 15 Abs. 3 DSGVO eine Kopie sämtlicher
personenbezogener Daten, die Sie zu meiner Person verarbeiten, einschließlich eventueller mich
betreffender pseudonymisierter Daten im Sinne des Art. 4 Nr. 5 DSGVO, zur Verfügung. Weiterhin bitte
ich Sie in diesem Fall im Sinne des Art. 15 Abs. 1 DSGVO um Auskunft über:
1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten, die verarbeitet werden;
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten
offengelegt worden sind oder noch offengelegt werden;
4. falls möglich die geplante Dauer, für die die personenbezogenen Daten gespeichert werden, oder,
falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer;
5. wenn die personenbezogenen Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über
die Herkunft der Daten;
6. falls zutreffend, das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling
gemäß Art. 22 Abs. 1 und 4 DSGVO.

Die Auskunft ist nach Art. 12 Abs. 3 DSGVO unverzüglich, in jedem Fall aber innerhalb eines Monats nach
Eingang der Anfrage zu erteilen. Sie hat nach Art. 15 Abs. 3 DSGVO kostenlos zu erfolgen.

Zur Identifikation meiner Person habe ich folgende Daten beigefügt:
Name: Johannes Becker
Anschrift: Karl-Liebknecht-Str. 88, 04275 Leipzig
Kundennummer: C-11872

Sollten Sie meiner Anfrage nicht innerhalb der genannten Frist nachkommen, behalte ich mir vor
rechtliche Schritte gegen Sie einzuleiten und Beschwerde bei der zuständigen
Datenschutzaufsichtsbehörde einzureichen.

Schon im Voraus vielen Dank für Ihre Mühe.

Mit freundlichen Grüßen
Johannes Becker""", client="thunderbird", domain="posteo.example", content_language="de-DE",
  types=["access"], regimes=["gdpr"],
  notes="datenanfragen.de German access letter without the optional portability block; Leipzig.")

R("de-request-datenanfragen-werbewiderspruch.eml", "Anke Schröder", "anke.schroeder@web-de.example",
  "Widerspruch gegen Direktwerbung gemäß Art. 21 Abs. 2 DSGVO", "2026-09-30 06:55 +0200",
  """Guten Tag,

ich lege hiermit Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten für Direktwerbung
gemäß Art. 21 Abs. 2 DSGVO ein. Der Widerspruch betrifft auch Profiling, soweit es mit Direktwerbung
in Verbindung steht.

Sollte ich eine Einwilligung zur Verarbeitung meiner Daten für Direktwerbung erteilt haben, widerrufe
ich diese hiermit.

Bitte teilen Sie mir im Voraus mit, falls mein Widerspruch eine Löschung meines eventuell bei Ihnen
vorhandenen Kontos, eine Kündigung eines eventuell mit Ihnen abgeschlossenen Vertrages oder Ähnliches
zur Folge haben sollte. Ich werde dann im Einzelfall entscheiden, ob dies durchgeführt werden soll.

Nach Art. 12 Abs. 3 DSGVO haben Sie mir meinen Widerspruch unverzüglich, spätestens aber innerhalb
eines Monats nach Eingang des Antrags, zu bestätigen.

Zur Identifikation meiner Person habe ich folgende Daten beigefügt:
Name: Anke Schröder
E-Mail: anke.schroeder@web-de.example
Ort: Potsdam

Mit freundlichen Grüßen
Anke Schröder""", client="plain", mailer="WEB.DE Mail", charset="iso-8859-15", cte="quoted-printable",
  subj_charset="iso-8859-15", types=["opt_out_marketing", "withdraw_consent"], regimes=["gdpr"],
  notes="datenanfragen.de Art. 21(2) letter: direct-marketing objection = opt_out_marketing, plus explicit "
        "withdrawal of marketing consent. The account-deletion sentence is conditional. ISO-8859-15 QP.")

R("de-request-schweiz-auskunftsbegehren.eml", "Lukas Meier", "lukas.meier@bluewin.example",
  "Auskunftsbegehren nach Art. 25 DSG", "2026-10-06 09:12 +0200",
  """Sehr geehrte Damen und Herren

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Mitteilung, ob
Sie Personendaten über mich bearbeiten. Falls ja, bitte ich Sie, mir folgende Informationen zukommen
zu lassen:

- die bearbeiteten Personendaten als solche;
- den Bearbeitungszweck;
- die Aufbewahrungsdauer der Personendaten oder die Kriterien zur Festlegung dieser Dauer;
- die verfügbaren Angaben über die Herkunft der Personendaten;
- gegebenenfalls die Empfängerinnen und Empfänger, denen Personendaten bekanntgegeben werden,
  sowie allfällige Bekanntgaben ins Ausland.

Beiliegend erhalten Sie eine Kopie meiner Identitätskarte.

Freundliche Grüsse

Lukas Meier
Spalenring 12
4055 Basel""", client="apple", domain="bluewin.example", mailer="Apple Mail (2.3826.700.81)",
  attachments=[Att("ID_Lukas_Meier.jpg", "image/jpeg", fake_jpeg("lukas-id"))],
  types=["access"], regimes=["fadp"], notes="Swiss access request in the shape of the FDPIC model letter; ID attached.")

R("de-request-anwalt-oesterreich.eml", "Florian Gruber", "florian.gruber@aon.example",
  "Mandant Florian Gruber – Auskunft und Löschung gem. Art. 15, 17 DSGVO", "2026-10-14 11:40 +0200",
  """Sehr geehrte Damen und Herren,

ich zeige an, dass mich Herr Florian Gruber, geb. 12.04.1988, wohnhaft in 4020 Linz, mit seiner
rechtlichen Vertretung beauftragt hat; ich berufe mich auf die erteilte Vollmacht (§ 8 RAO).

Namens und auftrags meines Mandanten ersuche ich Sie,
1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu seiner Person verarbeiteten Daten zu erteilen und
2. nach erteilter Auskunft sämtliche Daten meines Mandanten gemäß Art. 17 DSGVO zu löschen, soweit
   keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Mein Mandant war Kunde Ihres Unternehmens (Bestellungen 3D-3391 und 3D-4017, Rechnungen RE-25-0881,
RE-26-0214).

Ich ersuche um Erledigung binnen der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Mag. Dr. Eva Lindner
Rechtsanwältin
Landstraße 31, 4020 Linz
T +43 732 555 0190

Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen.""", client="outlook",
  frm="Mag. Dr. Eva Lindner <kanzlei@lindner-recht.example>", charset="windows-1252", content_language="de-AT",
  agent=("Mag. Dr. Eva Lindner", "kanzlei@lindner-recht.example"), types=["access", "deletion"], regimes=["gdpr"],
  notes="Austrian lawyer as agent: access then deletion for her client; orders and invoices; legal footer.")

R("de-request-webform-berichtigung.eml", "Katrin Müller", "katrin.mueller@gmx-de.example",
  "Formularantwort: Datenschutzanfrage", "2026-11-03 14:15 +0100",
  """Neue Antwort (Google Formular -> Apps Script)

| Zeitstempel       | 03.11.2026 14:15:22                                   |
| Name              | Katrin Müller                                          |
| E-Mail            | katrin.mueller@gmx-de.example                          |
| Land              | Deutschland                                            |
| Anliegen          | Berichtigung meiner Daten                              |
| Details           | Nachname falsch geschrieben (Müler statt Müller), bitte korrigieren |
""", client="gform", frm=FORMS, charset="utf-8", form=True, types=["correction"], regimes=["gdpr"],
  notes="German pipe-table form relay: rectification of surname.")

R("de-request-widerspruch-ablehnung.eml", "Martin Schäfer", "martin.schaefer@t-online.example",
  "Widerspruch gegen Ihre Ablehnung meines Löschantrags", "2026-11-25 10:02 +0100",
  """Sehr geehrte Damen und Herren,

mit E-Mail vom 30.07.2026 haben Sie meinen Antrag auf Löschung meiner Daten mit der Begründung
abgelehnt, ich hätte noch ein offenes Guthaben bei Ihnen. Dieses Guthaben habe ich inzwischen
vollständig für eine Bestellung verwendet.

Ich widerspreche daher Ihrer Ablehnung und bitte Sie, Ihre Entscheidung zu überprüfen und mir das
Ergebnis schriftlich mitzuteilen.

Mit freundlichen Grüßen
Martin Schäfer
Stuttgart""", client="thunderbird", domain="t-online.example", content_language="de-DE",
  types=["appeal"], regimes=["gdpr"],
  notes="'Widerspruch' here contests our earlier refusal (outside this mailbox) and asks for review: appeal, "
        "not an Art. 21 objection.")

# ================================================================ French

R("fr-request-cnil-acces.eml", "Camille Girard", "camille.girard@orange-fr.example",
  "Demande de droit d'accès à mes données personnelles", "2026-09-08 18:20 +0200",
  """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie
de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, le cas échéant,
de m'en adresser une copie.

Je vous remercie de me préciser également les finalités du traitement, les destinataires de ces
données, leur durée de conservation et leur origine.

Je vous rappelle que vous disposez d'un délai d'un mois suivant la réception de ce courrier pour
répondre à ma demande (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Girard
12 rue de la Charité
69002 Lyon""", client="orange", types=["access"], regimes=["gdpr"],
  notes="Access request in the shape of the CNIL model letter; Lyon.")

_qc_html = """<html><body style="font-family:Arial,sans-serif">
<p><b>Nouvelle demande – Formulaire « Vos renseignements personnels »</b></p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>Nom</td><td>Émilie Bouchard</td></tr>
<tr><td>Courriel</td><td>emilie.bouchard@videotron.example</td></tr>
<tr><td>Province</td><td>Québec</td></tr>
<tr><td>Type de demande</td><td>Portabilité : recevoir mes renseignements dans un format technologique structuré et couramment utilisé</td></tr>
<tr><td>Précisions</td><td>Je voudrais récupérer mon historique de commandes et mes fichiers de modèles pour les transférer à un autre atelier.</td></tr>
</table>
<p style="font-size:11px;color:#777">Envoyé depuis 3dpros.com/fr</p>
</body></html>"""

R("fr-request-quebec-portabilite-formulaire.eml", "Émilie Bouchard", "emilie.bouchard@videotron.example",
  "Nouvelle demande : Vos renseignements personnels", "2026-10-18 15:47 -0400", html=_qc_html, html_only=True,
  client="webform", frm=FORMS, reply_to="emilie.bouchard@videotron.example", charset="utf-8", form=True,
  types=["portability"], regimes=["quebec"],
  notes="French (Québec) HTML form: portability under Québec's Law 25 ('format technologique structuré').")

R("fr-request-belgique-effacement.eml", "Sophie Dubois", "sophie.dubois@skynet.example",
  "Demande d'effacement de données personnelles (Article 17 RGPD)", "2026-10-25 22:11 +0200",
  """À qui de droit :

Je viens par la présente, demander la suppression immédiate des données personnelles me concernant
conformément à l'Article 17 du RGPD.

Veuillez supprimer toutes les données personnelles me concernant comme défini par l'Article 4, alinéa
1 du RGPD.

Si j'ai consenti au traitement de mes données à caractère personnel, je retire ce consentement par la
présente.

Je suis convaincue que les conditions énoncées à l'Article 17, alinéa 1, du RGPD sont remplies.

Si vous avez communiqué les données à caractère personnel concernées à des tiers, vous devez
communiquer ma demande de suppression de ces données à chaque destinataire, conformément à l'Article
19 du RGPD.

Conformément à l'Article 12, alinéa 3, du RGPD, vous devez me confirmer la suppression dans un délai
raisonnable et, en tout état de cause, dans le mois qui suit la réception de la demande.

J'inclus les informations suivantes nécessaires à mon identification :
Nom : Sophie Dubois
Adresse : Avenue Louise 221, 1050 Bruxelles, Belgique

Cordialement,
Sophie Dubois""", types=["deletion", "withdraw_consent"], regimes=["gdpr"],
  notes="datenanfragen.de French erasure letter; includes an explicit (conditional) withdrawal of consent. Brussels.")

R("fr-request-suisse-opposition.eml", "Jean-Luc Morel", "jl.morel@sunrise-mail.example",
  "Opposition au profilage", "2026-11-10 08:34 +0100",
  """Madame, Monsieur,

Je m'oppose au traitement de mes données personnelles à des fins de profilage et de suivi de ma
navigation sur votre boutique en ligne, au sens de la loi fédérale sur la protection des données (LPD).
Je vous demande de cesser ce traitement.

Avec mes meilleures salutations,
Jean-Luc Morel
Genève""", client="outlook", charset="windows-1252", content_language="fr-CH",
  types=["objection"], regimes=["fadp"], notes="Swiss French objection to profiling under the FADP.")

R("fr-request-datenanfragen-prospection.eml", "Nicolas Fabre", "nicolas.fabre@free-fr.example",
  "Opposition au traitement à des fins de prospection (Article 21.2 RGPD)", "2026-09-19 11:05 +0200",
  """À qui de droit :

Je viens par la présente, m'opposer au traitement des données personnelles me concernant à des fins de
prospection conformément à l'Article 21, alinéa 2 du RGPD. Cette opposition inclut l'utilisation à des
fins de profilage dans la mesure où elle est liée aux activités de prospection.

Si j'ai consenti au traitement de mes données à caractère personnel à des fins de prospection, je
retire ce consentement par la présente.

Conformément à l'Article 12, alinéa 3, du RGPD, vous devez me confirmer cette opposition dans un délai
raisonnable et, en tout état de cause, dans le mois qui suit la réception de la demande.
J'inclus les informations suivantes nécessaires à mon identification :
Nom : Nicolas Fabre
Ville : Toulouse

Cordialement,
Nicolas Fabre""", client="plain", mailer="Zimbra", types=["opt_out_marketing", "withdraw_consent"], regimes=["gdpr"],
  notes="datenanfragen.de French Art. 21(2) letter: opt_out_marketing plus explicit withdrawal of prospecting consent.")

# ================================================================ Spanish

R("es-request-aepd-supresion.eml", "Javier Moreno Ortiz", "javier.moreno@example.com",
  "Ejercicio del derecho de supresión", "2026-09-11 12:50 +0200",
  """EJERCICIO DEL DERECHO DE SUPRESIÓN

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: 3DPros LLC
Dirección: 2307 Hayfield Square, Pflugerville, TX 78660 (EE. UU.)
Correo electrónico: 3dprosteam@gmail.com

DATOS DEL INTERESADO
D. Javier Moreno Ortiz, mayor de edad, con domicilio en la calle Alcalá 214, 4.º B, 28028 Madrid, por
medio del presente escrito ejerce el derecho de supresión, de conformidad con lo previsto en el
artículo 17 del Reglamento (UE) 2016/679.

SOLICITA
Que se proceda a la supresión de mis datos personales en el plazo de un mes a contar desde la recepción
de esta solicitud, y que se me notifique de forma escrita el resultado de la supresión practicada.

Que en caso de que se acuerde que no procede practicar total o parcialmente la supresión solicitada,
se me comunique motivadamente a fin de, en su caso, reclamar ante la Autoridad de control.

En Madrid, a 11 de septiembre de 2026.

Firmado: Javier Moreno Ortiz""", client="outlookcom", content_language="es-ES", types=["deletion"], regimes=["gdpr"],
  notes="Erasure request in the shape of the AEPD model form; the 'notify me in writing' lines are boilerplate.")

R("es-request-limitacion.eml", "Lucía Serrano", "lucia.serrano@example.org", "Solicitud de limitación del tratamiento",
  "2026-10-30 17:25 +0100",
  """Buenas tardes:

Les escribo para solicitar la limitación del tratamiento de mis datos personales (art. 18 RGPD). No
quiero que los borren todavía: los necesito para la reclamación que he presentado ante la Junta Arbitral
de Consumo por el pedido 3D-5011, que llegó roto. Mientras tanto, les pido que los conserven pero que no
los usen para nada más.

Un saludo,
Lucía Serrano
Sevilla""", types=["restriction"], regimes=["gdpr"], notes="Restriction: keep the data for a consumer claim, use it for nothing else.")

R("es-request-poder-padre-argentina.eml", "Héctor Daniel Funes", "hector.funes@fibertel.example",
  "Solicitud de acceso a datos personales de mi padre", "2026-11-05 16:30 -0300",
  """Estimados:

Me dirijo a ustedes en mi carácter de apoderada de mi padre, Héctor Daniel Funes, según poder general
otorgado ante escribano que adjunto. Mi padre fue cliente de su tienda (compró repuestos para su
impresora con el correo hector.funes@fibertel.example).

Conforme a la Ley 25.326 de Protección de los Datos Personales, solicito que nos informen qué datos
personales de mi padre tienen registrados y con qué finalidad.

Quedo a disposición.
Saludos cordiales,
Mariana Funes
Córdoba, Argentina""", frm="Mariana Funes <mariana.funes@example.com>",
  attachments=[Att("Poder_general_Funes.pdf", "application/pdf",
                   fake_pdf("Poder general", ["PODER GENERAL", "Otorgante: Hector Daniel Funes",
                                              "Apoderada: Mariana Funes", "Cordoba, Argentina"]))],
  agent=("Mariana Funes", "mariana.funes@example.com"), types=["access"], regimes=[],
  notes="Daughter with a general power of attorney asks for her father's data (Argentina: no regime in vocabulary).")

R("es-request-california-shine-light.eml", "Rosalinda Cortez", "rosalinda.cortez@example.net",
  "Pregunta sobre mis datos", "2026-10-09 19:12 -0700",
  """Hola,

Vivo en Fresno, California. Conforme a la ley "Shine the Light" de California (Código Civil 1798.83),
quisiera saber a qué empresas le compartieron mis datos personales para sus propios fines de mercadeo
directo durante el año pasado.

Gracias,
Rosalinda Cortez""", types=["shine_the_light"], regimes=["ca_shine_the_light", "ccpa"],
  notes="Shine the Light request in Spanish from a California resident.")

# ================================================================ Italian

R("it-request-garante-modulo.eml", "Salvatore Esposito", "salvatore.esposito@libero.example",
  "Esercizio di diritti in materia di protezione dei dati personali", "2026-09-17 10:22 +0200",
  """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Al titolare del trattamento: 3DPros LLC, 3dprosteam@gmail.com

Il sottoscritto Salvatore Esposito, nato a Napoli il 03/05/1979, esercita con la presente richiesta i
seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15)
Il sottoscritto (barrare solo le caselle che interessano):
☒ chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
☒ in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le
  informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1.

2. Richiesta di intervento sui dati (artt. 16-18)
☐ rettificazione e/o integrazione dei dati (art. 16);
☐ cancellazione dei dati (art. 17);
☐ limitazione del trattamento (art. 18).

3. Portabilità dei dati (art. 20)
☐ ricevere tali dati in un formato strutturato, di uso comune e leggibile da dispositivo automatico.

4. Opposizione al trattamento (art. 21)
☐ per motivi connessi alla situazione particolare;
☐ per fini di marketing diretto.

Recapito per la risposta: salvatore.esposito@libero.example

Napoli, 17/09/2026
Salvatore Esposito""", client="plain", mailer="Libero Mail", charset="utf-8", cte="quoted-printable",
  types=["access"], regimes=["gdpr"],
  notes="Garante-style rights form with checkboxes: only the two ticked access boxes count; unticked boxes must not add types.")

R("it-request-opposizione-marketing.eml", "Chiara Fontana", "chiara.fontana@example.com",
  "Opposizione al marketing", "2026-10-20 12:44 +0200",
  """Buongiorno,

ai sensi dell'art. 21, par. 2 del GDPR mi oppongo al trattamento dei miei dati personali per finalità
di marketing diretto, comprese le e-mail promozionali e gli SMS. Vi prego di non contattarmi più a scopo
commerciale.

Cordiali saluti,
Chiara Fontana
Verona""", types=["opt_out_marketing"], regimes=["gdpr"], notes="Art. 21(2) objection to direct marketing = opt_out_marketing.")

R("it-request-rettifica.eml", "Alessandro Ricci", "alessandro.ricci@tiscali.example", "Rettifica dei miei dati",
  "2026-11-26 09:18 +0100",
  """Salve,

nel vostro sistema il mio cognome risulta "Rizzi" invece di "Ricci" e il numero di cellulare è quello
vecchio. Vi chiedo di rettificare i dati come segue (art. 16 GDPR):

Nome: Alessandro Ricci
Cellulare: +39 347 555 0192

Grazie,
Alessandro Ricci
Firenze""", client="thunderbird", domain="tiscali.example", content_language="it-IT",
  types=["correction"], regimes=["gdpr"], notes="Italian rectification of surname and phone.")

R("it-request-fwd-by-marco.eml", "Giulia Colombo", "giulia.colombo@fastweb.example", "Fwd: Richiesta cancellazione dati",
  "2026-10-03 17:40 -0500",
  """Dana - Italian customer, she DM'd us on Instagram too. Wants her data deleted I think. Can you log it
and handle it? I'm at the print farm all day.

Sent from my iPhone

Begin forwarded message:

> From: Giulia Colombo <giulia.colombo@fastweb.example>
> Date: October 3, 2026 at 9:12:47 AM CDT
> To: marco.ruiz.makes@example.com
> Subject: Richiesta cancellazione dati
>
> Buongiorno Marco,
>
> come le ho scritto anche su Instagram, vi chiedo di cancellare il mio account e tutti i dati
> personali che avete su di me (nome, indirizzo di Milano, telefono, e-mail). Non compro più online.
>
> Grazie mille,
> Giulia Colombo
> Milano""", client="apple", frm=addr("Marco Ruiz", "3dprosteam@gmail.com"), domain="gmail.com",
  types=["deletion"], regimes=["gdpr"],
  notes="Staff forward (from 3dprosteam@gmail.com to itself, iPhone 'Begin forwarded message'); the Italian "
        "customer's original is quoted below. Requester is the customer.")

# ================================================================ Portuguese

R("pt-request-lgpd-art18-lista.eml", "Beatriz Almeida", "beatriz.almeida@uol.example",
  "Requerimento de titular de dados - LGPD art. 18", "2026-09-23 14:10 -0300",
  """Prezados,

Na qualidade de titular de dados pessoais, venho, com fundamento no art. 18 da Lei nº 13.709/2018 (Lei
Geral de Proteção de Dados Pessoais - LGPD), requerer:

I - a confirmação da existência de tratamento dos meus dados pessoais;
II - o acesso aos dados;
V - a portabilidade dos dados a outro fornecedor de serviço ou produto;
VII - a informação das entidades públicas e privadas com as quais foi realizado uso compartilhado de
dados.

Solicito que a resposta seja enviada para este e-mail no prazo de 15 (quinze) dias, nos termos do art.
19, II, da LGPD.

Dados para identificação:
Nome: Beatriz Almeida
E-mail: beatriz.almeida@uol.example
Cidade: São Paulo/SP

Atenciosamente,
Beatriz Almeida""", types=["access", "portability"], regimes=["br_lgpd"],
  notes="LGPD art. 18 list as in consumer-group model letters: confirmation/access/shared-use info = access, "
        "plus portability.")

R("pt-request-lgpd-revogacao-eliminacao.eml", "Thiago Barbosa", "thiago.barbosa@example.com",
  "Revogação de consentimento e eliminação de dados", "2026-11-13 21:05 -0300",
  """Olá,

Revogo o consentimento que dei para o tratamento dos meus dados pessoais (art. 8º, § 5º, da LGPD) e peço
a eliminação dos dados tratados com base nesse consentimento (art. 18, VI).

Obrigado,
Thiago Barbosa
Recife - PE""", types=["withdraw_consent", "deletion"], regimes=["br_lgpd"],
  notes="Brazilian: revocation of consent and elimination.")

R("pt-request-portugal-acesso.eml", "Miguel Ferreira", "miguel.ferreira@sapo.example",
  "Pedido de acesso aos meus dados pessoais", "2026-10-16 10:30 +0100",
  """Exmos. Senhores,

Nos termos do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, solicito que me informem se
tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem uma cópia desses
dados e a informação sobre as finalidades, os destinatários e o prazo de conservação.

Com os melhores cumprimentos,
Miguel Ferreira
Lisboa""", client="outlookcom", content_language="pt-PT", types=["access"], regimes=["gdpr"],
  notes="European Portuguese access request.")

# ================================================================ Dutch

R("nl-request-ap-inzage.eml", "Mark Jansen", "mark.jansen@kpn-mail.example", "Verzoek om inzage",
  "2026-09-28 19:40 +0200",
  """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u om mij een
overzicht te sturen van de persoonsgegevens die u over mij verwerkt.

Ik wil ook weten:
- met welk doel u mijn persoonsgegevens verwerkt;
- welke categorieën persoonsgegevens u van mij verwerkt;
- aan wie u mijn persoonsgegevens heeft verstrekt;
- hoe lang u mijn persoonsgegevens bewaart;
- waar u mijn persoonsgegevens vandaan heeft.

Ik verzoek u om binnen een maand na ontvangst van deze brief te reageren.

Met vriendelijke groet,
Mark Jansen
Utrecht""", types=["access"], regimes=["gdpr"],
  notes="Dutch access request in the shape of the Autoriteit Persoonsgegevens model letter.")

R("nl-request-klacht-nog-steeds-mail.eml", "Eva Smit", "eva.smit@ziggo.example", "Klacht: nog steeds jullie mails",
  "2026-11-19 08:15 +0100",
  """Hallo,

Op 3 oktober heb ik me afgemeld voor jullie nieuwsbrief (via de link én per mail) en ik krijg nog steeds
elke week reclame van jullie. Ik wil hier een klacht over indienen, dit is niet hoe je met mijn gegevens
hoort om te gaan. Haal mij nu echt van de lijst.

Eva Smit
Eindhoven""", types=["complaint", "opt_out_marketing"], regimes=["gdpr"],
  notes="Complaint about an ignored unsubscribe plus renewed opt-out.")

# ================================================================ Polish

R("pl-request-dostep-art15.eml", "Piotr Zieliński", "piotr.zielinski@onet.example",
  "Wniosek o dostęp do danych osobowych (art. 15 RODO)", "2026-10-07 13:13 +0200",
  """Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679
(RODO), wnoszę o:
1) potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2) udostępnienie mi kopii tych danych;
3) informację o celach przetwarzania, kategoriach danych, odbiorcach, okresie przechowywania oraz
   źródle danych.

Dane identyfikacyjne: Piotr Zieliński, e-mail piotr.zielinski@onet.example, zamówienie 3D-4760.

Z poważaniem
Piotr Zieliński
Warszawa""", client="outlook", charset="iso-8859-2", content_language="pl-PL", subj_charset="iso-8859-2",
  types=["access"], regimes=["gdpr"], notes="Polish access request (wniosek, art. 15 RODO); ISO-8859-2 QP.")

R("pl-request-sprzeciw.eml", "Magdalena Lewandowska", "m.lewandowska@interia.example",
  "Sprzeciw wobec przetwarzania danych", "2026-11-21 18:02 +0100",
  """Dzień dobry,

na podstawie art. 21 ust. 1 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu
profilowania i analizy mojej aktywności na Państwa stronie. Ze względu na moją szczególną sytuację
(pracuję w służbie cywilnej) nie chcę, aby te dane były łączone z moim kontem klienta.

Pozdrawiam,
Magdalena Lewandowska
Gdańsk""", types=["objection"], regimes=["gdpr"], notes="Polish Art. 21(1) objection to profiling.")

# ================================================================ Nordic

R("sv-request-imy-registerutdrag.eml", "Anna Bergström", "anna.bergstrom@bredband-mail.example",
  "Begäran om registerutdrag enligt artikel 15", "2026-09-15 09:25 +0200",
  """Hej,

Jag vill veta om ni behandlar personuppgifter om mig. Om ni gör det vill jag ha en kopia av
uppgifterna enligt artikel 15 i dataskyddsförordningen.

Jag vill också ha information om:
- ändamålen med behandlingen,
- vilka kategorier av personuppgifter det gäller,
- vilka mottagare som har fått ta del av uppgifterna,
- hur länge uppgifterna kommer att sparas,
- varifrån uppgifterna kommer.

Vänliga hälsningar
Anna Bergström
Göteborg""", types=["access"], regimes=["gdpr"], notes="Swedish access request in the shape of the IMY guidance.")

R("sv-request-radering.eml", "Johan Nilsson", "johan.nilsson@telia.example", "Radera mina uppgifter",
  "2026-11-08 20:50 +0100",
  """Hej!

Jag vill att ni raderar alla personuppgifter ni har om mig, inklusive mitt kundkonto. Skicka gärna en
bekräftelse när det är gjort.

Mvh Johan Nilsson
Malmö""", client="apple", domain="telia.example", types=["deletion"], regimes=["gdpr"],
  notes="Swedish erasure; the confirmation wish is boilerplate.")

R("da-request-begraensning.eml", "Rasmus Holm", "rasmus.holm@jubii.example", "Begrænsning af behandling",
  "2026-10-24 11:30 +0200",
  """Hej 3DPros,

Jeg skal bruge oplysningerne om min ordre 3D-5066 i en sag mod fragtfirmaet, så I må ikke slette dem
endnu. Jeg beder jer derfor begrænse behandlingen af mine personoplysninger (artikel 18 i
databeskyttelsesforordningen): gem dem, men brug dem ikke til andet.

Venlig hilsen
Rasmus Holm
København""", types=["restriction"], regimes=["gdpr"], notes="Danish restriction pending a claim.")

R("no-request-innsyn-retting.eml", "Kari Nordmann-Haugen", "kari.haugen@online-no.example",
  "Innsyn og retting av personopplysninger", "2026-09-25 15:35 +0200",
  """Hei,

Jeg ber om innsyn i personopplysningene dere behandler om meg, jf. personvernforordningen artikkel 15:
hvilke opplysninger dere har, formålet med behandlingen, hvem dere har utlevert dem til og hvor lenge
de lagres. Jeg ber også om en kopi.

I tillegg ber jeg om at feil opplysninger rettes (artikkel 16): telefonnummeret mitt er nå
+47 412 55 019, og etternavnet skal være Nordmann-Haugen.

Med vennlig hilsen
Kari Nordmann-Haugen
Bergen""", types=["access", "correction"], regimes=["gdpr"],
  notes="Norwegian access + rectification in the shape of the Datatilsynet form.")

R("fi-request-poisto.eml", "Mikko Virtanen", "mikko.virtanen@elisa.example", "Henkilötietojen poistaminen",
  "2026-10-10 08:08 +0300",
  """Hei,

Pyydän poistamaan kaikki minua koskevat henkilötiedot järjestelmistänne tietosuoja-asetuksen 17
artiklan nojalla, myös asiakastilini.

Terveisin
Mikko Virtanen
Helsinki""", types=["deletion"], regimes=["gdpr"], notes="Finnish erasure request.")

# ================================================================ Central / Eastern / Southern Europe

R("cs-request-pristup-informace.eml", "Petra Svobodová", "petra.svobodova@seznam.example",
  "Žádost o informace o zpracování osobních údajů", "2026-11-01 19:19 +0100",
  """Vážení,

žádám Vás tímto o poskytnutí informace o zpracování mých osobních údajů ve smyslu čl. 15 obecného
nařízení o ochraně osobních údajů, zejména o účelu zpracování, kategoriích zpracovávaných údajů,
příjemcích a době uložení, a o poskytnutí kopie zpracovávaných osobních údajů.

S pozdravem
Petra Svobodová
Praha""", client="plain", mailer="Seznam Email", charset="iso-8859-2", cte="quoted-printable",
  subj_charset="iso-8859-2", subj_enc="B", types=["access"], regimes=["gdpr"],
  notes="Czech access request in the shape of the dTest model; ISO-8859-2 QP.")

R("el-request-prosvasi.eml", "Ελένη Γεωργίου", "eleni.georgiou@example.com", "Αίτημα πρόσβασης σε προσωπικά δεδομένα",
  "2026-09-13 12:12 +0300",
  """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων, παρακαλώ να με ενημερώσετε εάν
επεξεργάζεστε προσωπικά μου δεδομένα και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών καθώς και
πληροφορίες για τους σκοπούς της επεξεργασίας και τους αποδέκτες.

Με εκτίμηση,
Ελένη Γεωργίου
Αθήνα""", types=["access"], regimes=["gdpr"], notes="Greek access request (UTF-8 QP).")

R("hu-request-torles.eml", "Nagy Péter", "nagy.peter@citromail.example", "Személyes adataim törlése",
  "2026-11-17 07:50 +0100",
  """Tisztelt Hölgyem/Uram!

Az általános adatvédelmi rendelet 17. cikke alapján kérem, hogy a rólam tárolt összes személyes adatot,
beleértve a vásárlói fiókomat is, haladéktalanul töröljék.

Tisztelettel:
Nagy Péter
Debrecen""", client="outlook", charset="windows-1250", content_language="hu-HU",
  types=["deletion"], regimes=["gdpr"], notes="Hungarian erasure request; windows-1250 QP.")

R("ro-request-retragere-consimtamant.eml", "Ioana Dumitrescu", "ioana.dumitrescu@example.net",
  "Retragerea consimțământului", "2026-10-02 16:45 +0300",
  """Bună ziua,

Anul trecut mi-am dat acordul să fac parte din programul vostru de testare a filamentelor noi și să
publicați recenziile mele cu numele meu complet. Prin prezenta îmi retrag acest consimțământ.

Mulțumesc,
Ioana Dumitrescu
București""", types=["withdraw_consent"], regimes=["gdpr"], notes="Romanian withdrawal of consent.")

R("sk-request-oprava.eml", "Jana Kováčová", "jana.kovacova@azet.example", "Žiadosť o opravu osobných údajov",
  "2026-09-27 10:58 +0200",
  """Dobrý deň,

podľa článku 16 GDPR Vás žiadam o opravu mojich osobných údajov: v účte mám uvedené priezvisko
„Kovačová" namiesto „Kováčová" a nesprávne telefónne číslo. Správne číslo je +421 905 555 017.

Ďakujem,
Jana Kováčová
Košice""", types=["correction"], regimes=["gdpr"], notes="Slovak rectification.")

R("hr-request-prenosivost.eml", "Luka Babić", "luka.babic@t-com.example", "Zahtjev za prenosivost podataka",
  "2026-11-23 14:06 +0100",
  """Poštovani,

sukladno članku 20. Opće uredbe o zaštiti podataka molim da mi dostavite osobne podatke koje sam vam
dao (korisnički račun, adrese, povijest narudžbi) u strukturiranom, uobičajeno upotrebljavanom i
strojno čitljivom formatu.

Lijep pozdrav,
Luka Babić
Split""", types=["portability"], regimes=["gdpr"], notes="Croatian portability request.")

# ================================================================ East Asian

R("ja-request-kaiji-seikyusho.eml", "山本 大輔", "daisuke.yamamoto@example.com", "開示等請求書の送付",
  "2026-09-20 10:40 +0900",
  """3DPros LLC 御中

開示等請求書

請求日：2026年9月20日

請求者
　氏名：山本 大輔
　住所：大阪府大阪市北区梅田1-2-3
　電話番号：06-5555-0123
　メールアドレス：daisuke.yamamoto@example.com

請求の種類（該当するものに■）
　■ 利用目的の通知
　■ 開示
　□ 訂正・追加・削除
　□ 利用停止・消去
　□ 第三者提供の停止
　□ 第三者提供記録の開示

請求する保有個人データの内容：貴社オンラインショップにおける私の会員情報および購入履歴一式
開示の方法：電磁的記録の提供（電子メール）
本人確認書類：追って送付いたします。

以上""", client="plain", mailer="Thunderbird", charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp",
  subj_enc="B", name_charset="iso-2022-jp", types=["access"], regimes=["jp_appi"],
  notes="APPI request form (開示等請求書) with check boxes: purpose-of-use notice + disclosure = access; unticked "
        "boxes (correction, cessation/erasure, third-party) must not add types.")

R("ja-request-shokyo-merumaga.eml", "中村 あゆみ", "ayumi.nakamura@example.net", "会員情報の消去とメルマガ停止のお願い",
  "2026-11-11 22:30 +0900",
  """3DPros ご担当者様

いつも楽しく拝見しておりましたが、メールマガジンの配信を停止していただけますでしょうか。
あわせて、会員情報（氏名・住所・電話番号・購入履歴）の消去もお願いいたします。

福岡市
中村 あゆみ""", client="plain", mailer="Yahoo! JAPAN Mail", charset="utf-8", cte="base64",
  name_charset="utf-8", types=["opt_out_marketing", "deletion"], regimes=["jp_appi"],
  notes="Japanese: stop the newsletter and erase member data. Japan (Fukuoka) gives the APPI hint. UTF-8 base64.")

R("ko-request-yeollam.eml", "박서연", "seoyeon.park@daum-mail.example", "개인정보 열람 요구서",
  "2026-10-12 09:50 +0900",
  """개인정보 열람 요구서

「개인정보 보호법」 제35조에 따라 귀사가 처리하고 있는 본인의 개인정보에 대한 열람을 요구합니다.

열람 요구 사항:
☑ 개인정보의 항목 및 내용
☑ 개인정보 수집·이용의 목적
☑ 개인정보 보유 및 이용 기간
☑ 개인정보의 제3자 제공 현황

정보주체: 박서연
연락처: seoyeon.park@daum-mail.example
주소: 부산광역시 해운대구

2026년 10월 12일
박서연""", client="plain", mailer="Daum Mail", charset="utf-8", cte="base64", subj_charset="utf-8", subj_enc="B",
  types=["access"], regimes=["kr_pipa"],
  notes="PIPA Art. 35 access request form; all ticked items are access. UTF-8 base64.")

R("ko-request-dongui-cheolhoe.eml", "이민호", "minho.lee@example.com", "개인정보 국외 이전 동의 철회",
  "2026-12-01 13:25 +0900",
  """안녕하세요.

주문할 때 동의했던 개인정보 국외 이전 및 선택 항목 수집·이용 동의를 철회합니다.
앞으로는 주문 처리에 꼭 필요한 정보만 사용해 주세요.

이민호
인천""", client="plain", mailer="Naver Mail", charset="euc-kr", cte="base64", subj_charset="euc-kr",
  subj_enc="B", name_charset="euc-kr", types=["withdraw_consent"], regimes=["kr_pipa"],
  notes="Korean withdrawal of consent (overseas transfer / optional items); EUC-KR base64.")

R("zh-request-sydney-chaxun-gengzheng.eml", "王晓燕", "xiaoyan.wang@example.com", "查阅和更正个人信息的请求",
  "2026-10-26 20:05 +1100",
  """您好：

根据澳大利亚《1988年隐私法》第12条和第13条澳大利亚隐私原则，我要求查阅贵公司持有的关于我的个人信息，
并请将我的地址更正为：NSW 2150, Parramatta, George Street 88号。

谢谢！
王晓燕
悉尼""", client="plain", mailer="Foxmail 7.2", charset="gbk", cte="base64", subj_charset="gbk", subj_enc="B",
  name_charset="gbk", types=["access", "correction"], regimes=["au_privacy"],
  notes="Simplified Chinese from Sydney naming the Australian Privacy Act (APP 12 and 13); GBK base64.")
