"""Privacy requests in German, French, Spanish, Italian, Portuguese and Dutch (hand-written)."""

from __future__ import annotations

from kit import Mail, add, addr, req, subj

# ----------------------------------------------------------------------------- German

add(Mail(
    "de-request-auskunft-art15-generator.eml",
    frm=addr("Jonas Wittkamp", "jonas.wittkamp@example.net"),
    subject=subj("Anfrage nach Art. 15 DSGVO (Auskunft)", "iso-8859-1"),
    date="2026-09-08 19:31 +0200",
    client="thunderbird",
    domain="example.net",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="de-DE",
    text="""\
Sehr geehrte Damen und Herren,

ich bitte hiermit um Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten.

Falls ja, stellen Sie mir bitte eine Kopie dieser Daten zur Verfügung und teilen Sie mir außerdem mit:
1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten, die verarbeitet werden;
3. die Empfänger oder Kategorien von Empfängern, insbesondere Empfänger in Drittländern;
4. die geplante Speicherdauer oder die Kriterien für ihre Festlegung;
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.

Die Auskunft ist nach Art. 12 Abs. 3 DSGVO unverzüglich, spätestens innerhalb eines Monats, und nach Art. 15 Abs. 3 DSGVO kostenlos zu erteilen.

Zu meiner Identifikation:
Name: Jonas Wittkamp
E-Mail-Adresse bei Ihnen: jonas.wittkamp@example.net
Bestellnummer: 3DP-1733

Mit freundlichen Grüßen
Jonas Wittkamp

--
Dieses Schreiben wurde mit dem Generator eines gemeinnützigen Datenschutzprojekts erstellt; es ist dennoch eine persönliche Anfrage.""",
    label=req(["access"], ["gdpr"], "Jonas Wittkamp", "jonas.wittkamp@example.net",
              "Generator-style Art. 15 letter (datenanfragen.de shape), Latin-1 quoted-printable."),
))

add(Mail(
    "de-request-loeschung-kurz-gmx.eml",
    frm=addr("Birgit Sauerländer", "b.sauerlaender@example.de", charset="iso-8859-1"),
    subject=subj("Löschung", "iso-8859-1"),
    date="2026-09-18 07:12 +0200",
    client="gmx",
    domain="gmx.example",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""\
Hallo,

bitte löschen Sie mein Kundenkonto bei Ihnen und alle dazu gespeicherten Daten. Ich brauche es nicht mehr.

MfG
B. Sauerländer""",
    label=req(["deletion"], [], "Birgit Sauerländer", "b.sauerlaender@example.de",
              "Terse GMX deletion; Latin-1 RFC 2047 From and Subject. German only; no law named."),
))

add(Mail(
    "de-request-berichtigung-name-umlaut.eml",
    frm=addr("Jürgen Mößner", "juergen.moessner@example.org", charset="utf-8", enc="B"),
    subject=subj("Berichtigung meiner Daten (Art. 16 DSGVO)", "utf-8", "B"),
    date="2026-10-02 11:46 +0200",
    client="outlook",
    content_language="de-DE",
    charset="windows-1252",
    text="""\
Guten Tag,

in Ihrem Kundenkonto und in allen E-Mails von Ihnen steht mein Name als "JÃ¼rgen MÃ¶ÃŸner" bzw. "J?rgen M?ner". Offenbar ist beim Import etwas schiefgegangen. Außerdem ist meine Telefonnummer falsch hinterlegt (richtig: +49 711 555 0182).

Ich bitte Sie gemäß Art. 16 DSGVO, meinen Namen korrekt als "Jürgen Mößner" zu speichern und die Telefonnummer zu berichtigen.

Vielen Dank und freundliche Grüße
Jürgen Mößner
Stuttgart""",
    label=req(["correction"], ["gdpr"], "Jürgen Mößner", "juergen.moessner@example.org",
              "Art. 16 rectification; body in windows-1252 quoting mojibake on purpose; base64 RFC 2047 headers."),
))

add(Mail(
    "de-request-einschraenkung-art18.eml",
    frm=addr("Katrin Ehlers", "k.ehlers@example.net"),
    subject="Einschränkung der Verarbeitung",
    date="2026-10-07 15:28 +0200",
    client="gmail",
    text="""\
Sehr geehrtes 3DPros-Team,

Sie haben mir im September Werbung per SMS geschickt, obwohl ich meine Nummer nur für die Zustellung angegeben habe. Ich bestreite außerdem, dass ich je in Werbung eingewilligt habe – bitte prüfen Sie, woher dieser Eintrag stammt.

Bis das geklärt ist, verlange ich nach Art. 18 Abs. 1 DSGVO die Einschränkung der Verarbeitung meiner Daten. Bitte löschen Sie nichts, ich möchte später nachvollziehen können, was passiert ist.

Viele Grüße
Katrin Ehlers
Leipzig""",
    label=req(["restriction"], ["gdpr"], "Katrin Ehlers", "k.ehlers@example.net",
              "Art. 18 restriction pending a check; she explicitly does not want deletion. The SMS complaint is context; a person would file restriction."),
))

add(Mail(
    "de-request-widerspruch-tracking.eml",
    frm=addr("Dr. Matthias Rehberg", "rehberg@kanzlei-rehberg.example"),
    subject="Widerspruch gegen Analyse/Tracking nach Art. 21 Abs. 1 DSGVO",
    date="2026-10-20 09:02 +0200",
    client="outlook",
    content_language="de-DE",
    text="""\
Sehr geehrte Damen und Herren,

laut Ihrer Datenschutzerklärung verarbeiten Sie beim Besuch von 3dpros.com Geräte-, Standort- und Nutzungsdaten zu Analysezwecken auf Grundlage Ihres berechtigten Interesses.

Hiermit lege ich gegen diese Verarbeitung meiner personenbezogenen Daten Widerspruch nach Art. 21 Abs. 1 DSGVO ein. Als Berufsgeheimnisträger habe ich ein besonderes Interesse daran, dass keine Nutzungsprofile über meine Besuche erstellt werden. Zwingende schutzwürdige Gründe Ihrerseits sind nicht ersichtlich.

Bitte bestätigen Sie mir die Umsetzung.

Mit freundlichen Grüßen
Dr. Matthias Rehberg
Rechtsanwalt

Kanzlei Rehberg · Königsallee 14 · 40212 Düsseldorf""",
    label=req(["objection"], ["gdpr"], "Dr. Matthias Rehberg", "rehberg@kanzlei-rehberg.example",
              "Art. 21(1) objection to analytics by a lawyer writing for himself (not an agent)."),
))

add(Mail(
    "de-request-schweiz-beschwerde-edoeb.eml",
    frm=addr("Ursula Gerber-Kälin", "u.gerber@example.ch"),
    subject=subj("Unbeantwortetes Auskunftsbegehren – Beschwerde", "utf-8"),
    date="2026-10-30 18:40 +0100",
    client="apple",
    domain="example.ch",
    mailer="Apple Mail (2.3826.100.11)",
    content_language="de-CH",
    text="""\
Grüezi

Am 14. August habe ich Sie per E-Mail um Auskunft über meine Personendaten gebeten (Art. 25 DSG). Bis heute habe ich keine Antwort erhalten, obwohl das Gesetz eine Frist von 30 Tagen vorsieht.

Ich beschwere mich hiermit ausdrücklich über den Umgang mit meinem Begehren und mit meinen Daten. Ich verlange die vollständige Auskunft nun innert 30 Tagen. Andernfalls werde ich mich an den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) wenden.

Freundliche Grüsse
Ursula Gerber-Kälin
Winterthur""",
    label=req(["complaint", "access"], ["fadp"], "Ursula Gerber-Kälin", "u.gerber@example.ch",
              "Swiss: complaint about an unanswered request (not in this mailbox) + renewed access demand, EDÖB named."),
))

add(Mail(
    "de-request-werbung-abbestellen.eml",
    frm=addr("Heinz Drewermann", "heinz.drewermann@example.com"),
    subject="Keine Werbung mehr",
    date="2026-11-08 10:15 +0100",
    client="yahoo",
    text="""\
Guten Tag,

ich möchte keine Werbe-E-Mails und keine Newsletter mehr von Ihnen bekommen. Bitte tragen Sie mich aus dem Verteiler aus. Der Verwendung meiner Daten für Werbung widerspreche ich.

Mit freundlichen Grüßen
Heinz Drewermann""",
    label=req(["opt_out_marketing"], [], "Heinz Drewermann", "heinz.drewermann@example.com",
              "Stop marketing + objection to advertising use (= opt_out_marketing)."),
))

# ----------------------------------------------------------------------------- French

add(Mail(
    "fr-request-quebec-loi25-acces.eml",
    frm=addr("Geneviève Lapointe", "genevieve.lapointe@example.ca", charset="windows-1252"),
    subject=subj("Demande d'accès et de rectification – Loi 25", "windows-1252"),
    date="2026-09-11 14:20 -0400",
    client="outlook",
    content_language="fr-CA",
    charset="windows-1252",
    text="""\
Bonjour,

Je réside à Québec et j'ai commandé chez vous à deux reprises en 2025. En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé (telle que modifiée par la Loi 25), je vous demande :

1. de me communiquer les renseignements personnels que vous détenez à mon sujet;
2. de rectifier mon adresse, qui est erronée dans votre système (la bonne adresse est : 812, rue Saint-Jean, app. 4, Québec (Québec) G1R 1R2).

Vous pouvez me répondre à cette adresse courriel.

Merci et bonne journée,
Geneviève Lapointe""",
    label=req(["access", "correction"], ["quebec"], "Geneviève Lapointe", "genevieve.lapointe@example.ca",
              "Québec Law 25 access + rectification, windows-1252 body."),
))

add(Mail(
    "fr-request-effacement-rgpd-orange.eml",
    frm=addr("Christian Bénard", "christian.benard@example.fr", charset="iso-8859-1"),
    subject=subj("Demande de suppression de mes données", "iso-8859-1"),
    date="2026-09-22 20:05 +0200",
    client="orange",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""\
Madame, Monsieur,

Conformément à l'article 17 du Règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données personnelles me concernant que vous détenez (compte client, historique de commandes, adresse de livraison).

Je vous remercie de me confirmer l'effacement dans les meilleurs délais et au plus tard dans un délai d'un mois.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Christian Bénard
Nantes""",
    label=req(["deletion"], ["gdpr"], "Christian Bénard", "christian.benard@example.fr",
              "Formal French erasure request; Orange webmail, Latin-1 QP."),
))

add(Mail(
    "fr-request-cnil-plainte-newsletter.eml",
    frm=addr("Sandrine Morel", "sandrine.morel@example.fr"),
    subject="Toujours vos newsletters malgré ma désinscription !!",
    date="2026-10-10 08:49 +0200",
    client="gmail",
    text="""\
Bonjour,

Je me suis désinscrite de votre newsletter en juillet ET en septembre, et je reçois encore vos mails "promo du week-end". Ce n'est pas normal.

Je vous demande de me retirer définitivement de toutes vos listes de prospection. Et je vous signale que c'est une réclamation en bonne et due forme : si je reçois encore un seul mail publicitaire, je saisis la CNIL.

Sandrine Morel""",
    label=req(["opt_out_marketing", "complaint"], ["gdpr"], "Sandrine Morel", "sandrine.morel@example.fr",
              "Marketing opt-out + explicit complaint, CNIL threat."),
))

add(Mail(
    "fr-request-limitation-traitement.eml",
    frm=addr("Hugo Lemaire", "hugo.lemaire@example.net"),
    subject="Limitation du traitement (art. 18 RGPD)",
    date="2026-10-23 16:33 +0200",
    client="thunderbird",
    domain="example.net",
    content_language="fr-FR",
    text="""\
Bonjour,

Je conteste l'exactitude des informations liées à mon compte : vous m'attribuez une commande (3DP-2077) que je n'ai jamais passée, et je pense que quelqu'un a utilisé mon adresse e-mail.

En attendant que vous ayez vérifié, je demande la limitation du traitement de mes données au titre de l'article 18 du RGPD : merci de ne plus les utiliser, ni de les supprimer, jusqu'à la fin de la vérification.

Cordialement,
Hugo Lemaire
Lyon""",
    label=req(["restriction"], ["gdpr"], "Hugo Lemaire", "hugo.lemaire@example.net",
              "Art. 18(1)(a) restriction while accuracy is contested. No correction asked yet (he wants it verified)."),
))

add(Mail(
    "fr-request-retrait-consentement-temoignage.eml",
    frm=addr("Aurélie Vasseur", "aurelie.vasseur@example.fr"),
    subject="Retrait de mon consentement (témoignage client)",
    date="2026-11-01 12:10 +0100",
    client="apple",
    domain="example.fr",
    text="""\
Bonjour,

L'an dernier j'avais accepté que vous publiiez mon témoignage et une photo de ma maquette imprimée sur votre site. Je retire aujourd'hui ce consentement. Merci de ne plus utiliser mon témoignage, ma photo ni mon nom.

Bien cordialement,
Aurélie Vasseur

Envoyé de mon iPhone""",
    label=req(["withdraw_consent"], [], "Aurélie Vasseur", "aurelie.vasseur@example.fr",
              "Withdrawal of consent to testimonial/photo use."),
))

add(Mail(
    "fr-request-belgique-copie-donnees.eml",
    frm=addr("Pieter-Jan Dumont", "pj.dumont@example.be"),
    subject="Droit d'accès",
    date="2026-11-14 09:55 +0100",
    client="gmail",
    text="""\
Bonjour,

J'habite à Liège. Pourriez-vous m'envoyer une copie de toutes les données personnelles que vous avez sur moi (article 15 du RGPD) ? Je suis client depuis 2024.

Merci d'avance,
P-J Dumont""",
    label=req(["access"], ["gdpr"], "Pieter-Jan Dumont", "pj.dumont@example.be",
              "Short Belgian access request."),
))

add(Mail(
    "fr-request-desinscription-iphone.eml",
    frm=addr("Mathilde Roux", "mathilde.roux@example.com"),
    subject="Désinscription",
    date="2026-11-20 22:41 +0100",
    client="apple",
    domain="example.com",
    text="""\
Bonsoir, merci de me désinscrire de votre liste d'envoi, je ne souhaite plus recevoir vos offres.

Envoyé de mon iPhone""",
    text_only=True,
    label=req(["opt_out_marketing"], [], "Mathilde Roux", "mathilde.roux@example.com",
              "One-line French unsubscribe written by a person."),
))

# ----------------------------------------------------------------------------- Spanish

add(Mail(
    "es-request-acceso-rgpd-espana.eml",
    frm=addr("Lucía Fernández Soto", "lucia.fsoto@example.es"),
    subject="Ejercicio del derecho de acceso",
    date="2026-09-05 12:34 +0200",
    client="gmail",
    cte="base64",
    text="""\
Estimados señores:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 (RGPD) y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD).

Solicito que me faciliten, en el plazo de un mes, copia de mis datos personales objeto de tratamiento, los fines del tratamiento, los destinatarios a los que se hayan comunicado y el plazo de conservación previsto.

Soy cliente suyo desde 2025 (pedidos enviados a Valencia).

Atentamente,
Lucía Fernández Soto""",
    label=req(["access"], ["gdpr"], "Lucía Fernández Soto", "lucia.fsoto@example.es",
              "Formal Spanish access request, base64 UTF-8."),
))

add(Mail(
    "es-request-supresion-y-baja-mexico.eml",
    frm=addr("Alejandro Treviño", "alex.trevino@example.mx"),
    subject="baja y borrar mis datos",
    date="2026-09-26 18:02 -0600",
    client="outlookcom",
    content_language="es-MX",
    text="""\
Hola buenas tardes,

Quiero darme de baja de sus correos de promociones y que borren todos mis datos de su sistema, ya no voy a comprar con ustedes. Les compré unas piezas para mi impresora hace un año.

Gracias
Alejandro Treviño
Monterrey, N.L.""",
    label=req(["opt_out_marketing", "deletion"], [], "Alejandro Treviño", "alex.trevino@example.mx",
              "Mexico (LFPDPPP not in vocabulary): unsubscribe + delete."),
))

add(Mail(
    "es-request-rectificacion-datos.eml",
    frm=addr("María José Iglesias", "mj.iglesias@example.es"),
    subject=subj("Rectificación de datos personales", "iso-8859-1", "Q"),
    date="2026-10-04 10:20 +0200",
    client="thunderbird",
    domain="example.es",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="es-ES",
    text="""\
Buenos días:

Les escribo para ejercer mi derecho de rectificación (art. 16 RGPD). En mi cuenta de cliente figura el apellido "Iglesia" en lugar de "Iglesias" y un número de teléfono que ya no es mío. El correcto es +34 612 555 019.

Les ruego que corrijan estos datos y me lo confirmen.

Un saludo,
María José Iglesias
Madrid""",
    label=req(["correction"], ["gdpr"], "María José Iglesias", "mj.iglesias@example.es",
              "Art. 16 rectification, Latin-1 QP."),
))

add(Mail(
    "es-request-oposicion-perfiles.eml",
    frm=addr("Jordi Puig", "jordi.puig@example.cat"),
    subject=subj("Oposición al tratamiento – análisis y perfiles", "utf-8", "B"),
    date="2026-10-18 21:15 +0200",
    client="gmail",
    text="""\
Hola,

Me opongo, al amparo del artículo 21.1 del RGPD, a que utilicen mis datos de navegación y de compras para elaborar perfiles y para sus análisis internos basados en su "interés legítimo". Por motivos relacionados con mi situación particular no quiero que exista ningún perfil sobre mí.

Los correos sobre mis pedidos sí quiero seguir recibiéndolos.

Salutacions,
Jordi Puig
Barcelona""",
    label=req(["objection"], ["gdpr"], "Jordi Puig", "jordi.puig@example.cat",
              "Art. 21(1) objection to profiling/analytics (not marketing)."),
))

add(Mail(
    "es-request-aepd-reclamacion.eml",
    frm=addr("Raquel Domínguez", "raquel.dominguez@example.es"),
    subject="Queja formal - uso de mis datos",
    date="2026-10-24 13:47 +0200",
    client="yahoo",
    text="""\
Buenos días,

Presento una queja formal por el tratamiento de mis datos. Les envié una foto de mi DNI en septiembre porque me la pidieron para "verificar un pedido" y ahora descubro que la han reenviado por WhatsApp a un repartidor. Es inaceptable que un documento de identidad circule así.

Quiero una explicación por escrito. Si no la recibo en quince días presentaré una reclamación ante la Agencia Española de Protección de Datos (AEPD).

Raquel Domínguez
Sevilla""",
    label=req(["complaint"], ["gdpr"], "Raquel Domínguez", "raquel.dominguez@example.es",
              "Complaint about mishandling an ID document; AEPD threat."),
))

add(Mail(
    "es-request-california-shine-the-light.eml",
    frm=addr("Guadalupe Ortiz", "lupe.ortiz@example.com"),
    subject="Solicitud - Código Civil de California 1798.83",
    date="2026-10-31 10:30 -0700",
    client="gmail",
    text="""\
Hola,

Vivo en Los Ángeles, California. De acuerdo con la sección 1798.83 del Código Civil de California (la ley "Shine the Light"), les pido que me informen a qué empresas le dieron mi información personal para que ellas me hagan publicidad durante el año pasado, y qué tipo de información les dieron.

Gracias,
Guadalupe Ortiz""",
    label=req(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "Guadalupe Ortiz", "lupe.ortiz@example.com",
              "Shine the Light in Spanish from a California resident."),
))

add(Mail(
    "es-request-menor-eliminar-publicacion.eml",
    frm=addr("Sofía Ramírez", "sofi.ramirez09@example.com"),
    subject=subj("¿pueden borrar mi foto?", "utf-8", "Q"),
    date="2026-11-07 16:58 -0800",
    client="apple",
    domain="example.com",
    text="""\
hola, tengo 15 años y vivo en Fresno California. Subí una foto mía con mi figura impresa y un comentario en su página de galería de clientes cuando tenía 14. Ahora no quiero que esté ahí, ¿la pueden quitar por favor? Mi usuario es sofi_prints

gracias

Enviado desde mi iPhone""",
    text_only=True,
    label=req(["minor_removal"], ["ccpa"], "Sofía Ramírez", "sofi.ramirez09@example.com",
              "California minor (Spanish) asks to remove her own post."),
))

add(Mail(
    "es-request-ccpa-no-vender.eml",
    frm=addr("Eduardo Saavedra", "eduardo.saavedra@example.net"),
    subject="No vendan ni compartan mi información personal",
    date="2026-11-15 09:12 -0800",
    client="yahoo",
    text="""\
A quien corresponda:

Soy residente de California. Conforme a la Ley de Privacidad del Consumidor de California (CCPA), les solicito que no vendan ni compartan mi información personal con terceros, incluida la publicidad dirigida.

Atentamente,
Eduardo Saavedra
San Bernardino, CA""",
    label=req(["opt_out_sale"], ["ccpa"], "Eduardo Saavedra", "eduardo.saavedra@example.net",
              "CCPA Do Not Sell/Share in Spanish."),
))

# ----------------------------------------------------------------------------- Italian

add(Mail(
    "it-request-accesso-dati-personali.eml",
    frm=addr("Francesca Bellandi", "francesca.bellandi@example.it"),
    subject="Richiesta di accesso ai dati personali (art. 15 GDPR)",
    date="2026-09-12 11:03 +0200",
    client="outlook",
    content_language="it-IT",
    text="""\
Gentili Signori,

con la presente, ai sensi dell'art. 15 del Regolamento UE 2016/679, chiedo di sapere se sono in corso trattamenti di dati personali che mi riguardano e, in caso affermativo, di ottenerne copia insieme alle informazioni su finalità, categorie di dati, destinatari e periodo di conservazione.

Resto in attesa di un riscontro entro i termini di legge.

Distinti saluti,
Francesca Bellandi
Firenze""",
    label=req(["access"], ["gdpr"], "Francesca Bellandi", "francesca.bellandi@example.it",
              "Formal Italian access request."),
))

add(Mail(
    "it-request-portabilita-dati.eml",
    frm=addr("Stefano Gallo", "stefano.gallo@example.it"),
    subject=subj("Portabilità dei dati", "iso-8859-15"),
    date="2026-09-30 18:22 +0200",
    client="thunderbird",
    domain="example.it",
    charset="iso-8859-15",
    cte="8bit",
    content_language="it-IT",
    text="""\
Buonasera,

vorrei esercitare il diritto alla portabilità (art. 20 GDPR): potete inviarmi in un formato strutturato e leggibile da computer (CSV o JSON) i dati che vi ho fornito, cioè anagrafica, storico ordini e i file STL caricati? Sto passando a un altro servizio di stampa.

Grazie,
Stefano Gallo
Torino""",
    label=req(["portability"], ["gdpr"], "Stefano Gallo", "stefano.gallo@example.it",
              "Portability, ISO-8859-15 8bit body."),
))

add(Mail(
    "it-request-limitazione-trattamento.eml",
    frm=addr("Avv. Paola Rinaldi", "paola.rinaldi@example.it"),
    subject="Richiesta di limitazione del trattamento",
    date="2026-10-17 10:40 +0200",
    client="gmail",
    text="""\
Buongiorno,

vi chiedo, ai sensi dell'art. 18 GDPR, di limitare il trattamento dei miei dati personali. Non cancellateli: mi servono per una contestazione con il corriere relativa all'ordine 3DP-2143. Nel frattempo però non utilizzateli per altre finalità.

Cordiali saluti,
Paola Rinaldi
Bologna""",
    label=req(["restriction"], ["gdpr"], "Avv. Paola Rinaldi", "paola.rinaldi@example.it",
              "Art. 18 restriction, writes for herself."),
))

add(Mail(
    "it-request-revoca-consenso-recensione.eml",
    frm=addr("Marco De Santis", "marco.desantis@example.it"),
    subject="revoca consenso",
    date="2026-10-25 09:07 +0100",
    client="yahoo",
    text="""\
Salve,

revoco il consenso che avevo dato alla pubblicazione della mia recensione con foto e nome completo sul vostro sito. Vi prego di non usarla più.

Grazie
Marco De Santis""",
    label=req(["withdraw_consent"], [], "Marco De Santis", "marco.desantis@example.it",
              "Withdrawal of consent for review publication."),
))

add(Mail(
    "it-request-reclamo-garante-cancellazione.eml",
    frm=addr("Giulia Ferraro", "giulia.ferraro@example.it"),
    subject="RECLAMO - dati non cancellati",
    date="2026-11-05 14:28 +0100",
    client="gmail",
    text="""\
Buongiorno,

a luglio vi ho chiesto di cancellare il mio account. Mi avete risposto "fatto", ma la settimana scorsa ho ricevuto un'email di "bentornata" con il mio nome e i miei ultimi ordini. Quindi i miei dati non sono stati cancellati.

Questo è un reclamo formale sul modo in cui avete gestito i miei dati. Cancellate tutto davvero e confermatemelo per iscritto; in caso contrario mi rivolgerò al Garante per la protezione dei dati personali.

Giulia Ferraro
Milano""",
    label=req(["complaint", "deletion"], ["gdpr"], "Giulia Ferraro", "giulia.ferraro@example.it",
              "Complaint (deletion not actually done) + renewed deletion, Garante threat."),
))

add(Mail(
    "it-request-cancellazione-iphone.eml",
    frm=addr("Luca Moretti", "lucamoretti.93@example.it"),
    subject="Cancellazione account",
    date="2026-11-21 23:14 +0100",
    client="apple",
    domain="example.it",
    text="""\
Ciao, potete cancellare il mio account e tutti i miei dati? grazie

Inviato da iPhone""",
    text_only=True,
    label=req(["deletion"], [], "Luca Moretti", "lucamoretti.93@example.it",
              "Italian one-liner deletion."),
))

# ----------------------------------------------------------------------------- Portuguese

add(Mail(
    "pt-request-acesso-rgpd-portugal.eml",
    frm=addr("Inês Carvalho", "ines.carvalho@example.pt"),
    subject="Pedido de acesso aos meus dados pessoais",
    date="2026-09-13 15:50 +0100",
    client="outlookcom",
    content_language="pt-PT",
    text="""\
Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar o acesso aos dados pessoais que a vossa empresa trata a meu respeito, bem como informação sobre as finalidades, os destinatários e o prazo de conservação.

Fiz uma encomenda em 2025 com entrega no Porto.

Com os melhores cumprimentos,
Inês Carvalho""",
    label=req(["access"], ["gdpr"], "Inês Carvalho", "ines.carvalho@example.pt",
              "European Portuguese access request."),
))

add(Mail(
    "pt-request-lgpd-brasil-exclusao.eml",
    frm=addr("Thiago Nascimento", "thiago.nascimento@example.com.br"),
    subject=subj("Exclusão dos meus dados – LGPD", "utf-8", "B"),
    date="2026-09-27 14:05 -0300",
    client="gmail",
    text="""\
Olá, tudo bem?

Com base na LGPD (Lei 13.709/2018, art. 18), peço a eliminação de todos os meus dados pessoais de vocês: cadastro, endereço e histórico de pedidos. Comprei umas peças de reposição pro meu drone ano passado.

Obrigado!
Thiago Nascimento
São Paulo - SP""",
    label=req(["deletion"], [], "Thiago Nascimento", "thiago.nascimento@example.com.br",
              "Brazilian LGPD deletion (LGPD is not in the vocabulary: no regime)."),
))

add(Mail(
    "pt-request-retificacao-morada.eml",
    frm=addr("Rui Almeida", "rui.almeida@example.pt"),
    subject=subj("Retificação de dados", "iso-8859-1"),
    date="2026-10-16 11:11 +0100",
    client="thunderbird",
    domain="example.pt",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="pt-PT",
    text="""\
Bom dia,

Nos termos do artigo 16.º do RGPD, solicito a retificação dos meus dados pessoais: no vosso registo de cliente o meu nome aparece como "Rui Almeid" e a data de nascimento está errada (correta: 03/07/1990).

Obrigado,
Rui Almeida
Coimbra""",
    label=req(["correction"], ["gdpr"], "Rui Almeida", "rui.almeida@example.pt",
              "Art. 16 rectification of customer record, Latin-1."),
))

add(Mail(
    "pt-request-retirar-consentimento.eml",
    frm=addr("Beatriz Lopes", "beatriz.lopes@example.pt"),
    subject="Retirada de consentimento",
    date="2026-11-02 17:45 +0000",
    client="gmail",
    text="""\
Boa tarde,

Quando fiz a conta aceitei que usassem os meus dados para "personalizar a experiência" no site. Venho retirar esse consentimento (art. 7.º, n.º 3 do RGPD). Não quero que os meus dados sejam usados para isso a partir de agora.

Cumprimentos,
Beatriz Lopes""",
    label=req(["withdraw_consent"], ["gdpr"], "Beatriz Lopes", "beatriz.lopes@example.pt",
              "Withdrawal of consent to personalisation."),
))

add(Mail(
    "pt-request-cnpd-queixa.eml",
    frm=addr("José Pereira", "jose.pereira@example.pt"),
    subject="Reclamação sobre tratamento de dados",
    date="2026-11-11 09:38 +0000",
    client="outlook",
    content_language="pt-PT",
    text="""\
Exmos. Senhores,

Recebi na semana passada um email vosso enviado em massa com todos os destinatários visíveis no campo "Para", incluindo o meu endereço e os de mais de 200 clientes.

Venho apresentar reclamação formal por esta falha no tratamento dos meus dados pessoais. Exijo saber que medidas vão tomar. Caso não obtenha resposta satisfatória, apresentarei queixa à Comissão Nacional de Proteção de Dados (CNPD).

José Pereira
Lisboa""",
    label=req(["complaint"], ["gdpr"], "José Pereira", "jose.pereira@example.pt",
              "Complaint about an exposed-recipient mass email; CNPD threat."),
))

add(Mail(
    "pt-request-cancelar-newsletter.eml",
    frm=addr("Camila Rocha", "camila.rocha@example.com.br"),
    subject="parar de receber emails",
    date="2026-11-22 20:30 -0300",
    client="gmail",
    text="""\
oi, não quero mais receber os emails de promoção de vocês, podem me tirar da lista? obrigada

Camila""",
    label=req(["opt_out_marketing"], [], "Camila Rocha", "camila.rocha@example.com.br",
              "Brazilian Portuguese unsubscribe by a person."),
))

# ----------------------------------------------------------------------------- Dutch

add(Mail(
    "nl-request-inzage-avg.eml",
    frm=addr("Sanne de Vries", "sanne.devries@example.nl"),
    subject="Inzageverzoek AVG",
    date="2026-09-20 10:25 +0200",
    client="outlookcom",
    content_language="nl-NL",
    text="""\
Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij verwerkt, inclusief een kopie, de doeleinden, de ontvangers en de bewaartermijn.

Ik heb in 2025 bij u besteld (levering in Utrecht).

Met vriendelijke groet,
Sanne de Vries""",
    label=req(["access"], ["gdpr"], "Sanne de Vries", "sanne.devries@example.nl",
              "Dutch AVG access request."),
))

add(Mail(
    "nl-request-verwijdering-account.eml",
    frm=addr("Bram Jansen", "bram.jansen@example.nl"),
    subject="account verwijderen",
    date="2026-10-02 21:17 +0200",
    client="gmail",
    text="""\
Hoi,

Kunnen jullie mijn account en al mijn gegevens verwijderen? Ik gebruik het niet meer.

Groetjes,
Bram""",
    label=req(["deletion"], [], "Bram Jansen", "bram.jansen@example.nl",
              "Short Dutch deletion."),
))

add(Mail(
    "nl-request-bezwaar-profilering.eml",
    frm=addr("Eline Bakker", "eline.bakker@example.nl"),
    subject="Bezwaar tegen verwerking (art. 21 AVG)",
    date="2026-10-19 08:44 +0200",
    client="thunderbird",
    domain="example.nl",
    content_language="nl-NL",
    text="""\
Beste 3DPros,

Ik maak bezwaar tegen het gebruik van mijn gegevens voor analyse en profilering op basis van uw gerechtvaardigd belang (artikel 21 lid 1 AVG). Het gaat mij om het volgen van mijn bezoeken en klikgedrag op uw website. Mijn bestellingen en de bijbehorende berichten mogen gewoon doorgaan.

Met vriendelijke groet,
Eline Bakker
Groningen""",
    label=req(["objection"], ["gdpr"], "Eline Bakker", "eline.bakker@example.nl",
              "Art. 21(1) objection (analytics/profiling)."),
))

add(Mail(
    "nl-request-dataportabiliteit.eml",
    frm=addr("Thijs Mulder", "thijs.mulder@example.nl"),
    subject="Verzoek dataportabiliteit",
    date="2026-10-30 13:02 +0100",
    client="gmail",
    text="""\
Hallo,

Graag ontvang ik de persoonsgegevens die ik aan jullie heb verstrekt (accountgegevens, bestelgeschiedenis, geüploade 3MF-bestanden) in een gestructureerd, gangbaar en machineleesbaar formaat, zoals bedoeld in artikel 20 AVG. Een zip met JSON of CSV is prima.

Alvast bedankt,
Thijs Mulder
Eindhoven""",
    label=req(["portability"], ["gdpr"], "Thijs Mulder", "thijs.mulder@example.nl",
              "Art. 20 portability in Dutch."),
))

add(Mail(
    "nl-request-klacht-autoriteit-persoonsgegevens.eml",
    frm=addr("Hendrik van Dijk", "h.vandijk@example.nl"),
    subject="Klacht over omgang met mijn gegevens",
    date="2026-11-09 16:20 +0100",
    client="outlook",
    content_language="nl-NL",
    text="""\
Geachte heer/mevrouw,

Mijn factuur van bestelling 3DP-2250 is per ongeluk naar een andere klant gestuurd; die persoon heeft mij gebeld omdat mijn naam, adres en telefoonnummer erop stonden.

Ik dien hierbij een klacht in over de manier waarop u met mijn persoonsgegevens omgaat. Ik wil weten hoe dit heeft kunnen gebeuren en wat u doet om het te voorkomen. Als ik geen bevredigend antwoord krijg, dien ik een klacht in bij de Autoriteit Persoonsgegevens.

Hendrik van Dijk
Rotterdam""",
    label=req(["complaint"], ["gdpr"], "Hendrik van Dijk", "h.vandijk@example.nl",
              "Complaint about a misdirected invoice, AP threat."),
))

add(Mail(
    "nl-request-afmelden-nieuwsbrief-belgie.eml",
    frm=addr("Ruben Claes", "ruben.claes@example.be"),
    subject="Afmelden",
    date="2026-11-23 07:35 +0100",
    client="yahoo",
    text="""\
Goeiemorgen,

Gelieve mij uit te schrijven voor jullie nieuwsbrief en geen reclame meer te sturen naar dit adres. De afmeldlink werkt bij mij niet op mijn gsm.

Vriendelijke groeten,
Ruben Claes
Gent""",
    label=req(["opt_out_marketing"], [], "Ruben Claes", "ruben.claes@example.be",
              "Flemish unsubscribe by a person."),
))
