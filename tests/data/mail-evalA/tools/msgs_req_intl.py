"""Non-English privacy requests (evaluation set A). Bodies written by hand; the two German generator
letters are filled-in renderings of the CC0 datenanfragen.de templates (datenanfragen/data)."""

from kit import Att, Mail, add, addr, fake_jpeg, fake_pdf, req, subj, COMPANY

# =========================================================================== German / Swiss German

add(Mail(
    file="de-request-auskunft-generator-art15.eml",
    frm=addr("Friederike Wendland", "f.wendland@example.de"),
    subject="Anfrage nach Art. 15 DSGVO (Referenz: 2026-QX7RM2)",
    date="2026-09-01 18:22 +0200",
    client="gmx",
    domain="gmx.example",
    content_language="de-DE",
    text="""Guten Tag,

ich bitte hiermit um Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten (vgl. Art. 4 Nr. 1 und 2 DSGVO).

Falls dem so sein sollte, stellen Sie mir bitte im Sinne des Art. 15 Abs. 3 DSGVO eine Kopie sämtlicher personenbezogener Daten, die Sie zu meiner Person verarbeiten, einschließlich eventueller mich betreffender pseudonymisierter Daten im Sinne des Art. 4 Nr. 5 DSGVO, zur Verfügung. Weiterhin bitte ich Sie in diesem Fall im Sinne des Art. 15 Abs. 1 DSGVO um Auskunft über:
1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten, die verarbeitet werden;
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden;
4. falls möglich die geplante Dauer, für die die personenbezogenen Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer;
5. wenn die personenbezogenen Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über die Herkunft der Daten;
6. falls zutreffend, das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 DSGVO und – sofern gegeben – aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für meine Person.

Sofern Sie meine personenbezogenen Daten an ein Drittland oder an eine internationale Organisation übermitteln, bitte ich über die geeigneten Garantien gemäß Art. 46 DSGVO im Zusammenhang mit der Übermittlung unterrichtet zu werden.

Ich bitte Sie, mir die betreffenden personenbezogenen Daten, die ich Ihnen zur Verfügung gestellt habe, im Sinne des Art. 20 Abs. 1 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Meine Anfrage schließt explizit auch sämtliche weiteren Angebote und Unternehmen ein, für die Sie Verantwortlicher im Sinne des Art. 4 Nr. 7 DSGVO sind.

Die Auskunft ist nach Art. 12 Abs. 3 DSGVO unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang der Anfrage zu erteilen. Sie hat nach Art. 15 Abs. 3 DSGVO kostenlos zu erfolgen.

Zur Identifikation meiner Person habe ich folgende Daten beigefügt:
Name: Friederike Wendland
Adresse: Lindenstraße 41, 04177 Leipzig, Deutschland
E-Mail-Adresse: f.wendland@example.de
Kundennummer: 3DP-C-08817

Sollten Sie meiner Anfrage nicht innerhalb der genannten Frist nachkommen, behalte ich mir vor rechtliche Schritte gegen Sie einzuleiten und Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einzureichen.

Schon im Voraus vielen Dank für Ihre Mühe.

Mit freundlichen Grüßen
Friederike Wendland
""",
    label=req(["access", "portability"], ["gdpr"], "Friederike Wendland", "f.wendland@example.de",
              "datenanfragen.de generator letter with the Art. 20 block switched on"),
))

add(Mail(
    file="de-request-loeschung-generator-mit-widerspruch.eml",
    frm=addr("Konstantin Hübner", "k.huebner@example.de", charset="iso-8859-1"),
    subject=subj("Antrag auf Löschung nach Art. 17 DSGVO", "iso-8859-1"),
    date="2026-09-16 07:58 +0200",
    client="outlook",
    charset="windows-1252",
    content_language="de-DE",
    text="""Guten Tag,

ich stelle hiermit Antrag auf unverzügliche Löschung mich betreffender personenbezogener Daten gemäß Art. 17 Abs. 1 DSGVO.

Bitte löschen Sie sämtliche mich betreffenden personenbezogenen Daten nach der Definition des Art. 4 Nr. 1 DSGVO.

Sollte ich eine Einwilligung zur Verarbeitung meiner Daten erteilt haben, widerrufe ich diese hiermit für den gesamten Prozess der Datenverarbeitung.
Weiterhin lege ich im Sinne des Art. 21 Abs. 1 DSGVO Widerspruch gegen die Verarbeitung mich betreffender personenbezogener Daten ein, dies gilt auch für Profiling. Ich habe bei Ihnen 2025 ein einziges Mal Filament bestellt und sehe keinen Grund, warum Sie meine Daten seitdem weiter auswerten. Ich fordere Sie auf, die Verarbeitung der mich betreffenden Daten gemäß Art. 18 Abs. 1 lit. d DSGVO einzuschränken, solange noch nicht feststeht, ob Ihre berechtigten Gründe gegenüber meinen überwiegen.

Ich bin der Meinung, dass die Voraussetzungen des Art. 17 Abs. 1 DSGVO gegeben sind. Sie können auch keinen Ausnahmetatbestand nach Art. 17 Abs. 3 DSGVO geltend machen, zumal ich keine Person des öffentlichen Lebens bin.

Sofern Sie die betroffenen personenbezogenen Daten einem oder mehreren Empfängern im Sinne des Art. 4 Nr. 9 DSGVO offengelegt haben, haben Sie meinen Wunsch auf Löschung der genannten personenbezogenen Daten und sämtlicher Verweise darauf nach Art. 19 DSGVO auch allen solchen Empfängern mitzuteilen. Bitte informieren Sie mich weiterhin über diese Empfänger.

Sollten Sie die Löschung ablehnen, haben Sie dies mir gegenüber zu begründen.

Nach Art. 12 Abs. 3 DSGVO haben Sie mich unverzüglich, spätestens aber innerhalb eines Monats nach Eingang des Antrags, über die vorgenommenen Löschungen zu informieren.

Zur Identifikation meiner Person habe ich folgende Daten beigefügt:
Name: Konstantin Hübner
E-Mail: k.huebner@example.de
Adresse: Am Mühlgraben 7, 97070 Würzburg

Sollten Sie meinem Antrag nicht innerhalb der genannten Frist nachkommen, behalte ich mir vor rechtliche Schritte gegen Sie einzuleiten und Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einzureichen.

Schon im Voraus vielen Dank für Ihre Mühe.

Mit freundlichen Grüßen
Konstantin Hübner
""",
    label=req(["deletion", "withdraw_consent", "objection", "restriction"], ["gdpr"], "Konstantin Hübner",
              "k.huebner@example.de",
              "datenanfragen.de erasure letter with the objection block: erasure + (conditional) consent withdrawal + "
              "Art. 21(1) objection + Art. 18(1)(d) restriction; all four are explicit demands; windows-1252 QP, ISO-8859-1 Q subject"),
))

add(Mail(
    file="de-request-ch-auskunft-personendaten-dsg.eml",
    frm=addr("Reto Gisler", "reto.gisler@example.ch"),
    subject="Auskunftsbegehren nach Art. 25 DSG",
    date="2026-09-12 10:05 +0200",
    client="thunderbird",
    domain="example.ch",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="de-CH",
    text="""Grüezi

Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Auskunft darüber, ob Sie Personendaten über mich bearbeiten, und falls ja, um Mitteilung:

- der bearbeiteten Personendaten als solche;
- des Bearbeitungszwecks;
- der Aufbewahrungsdauer;
- der verfügbaren Angaben über die Herkunft der Daten;
- der Empfänger oder Kategorien von Empfängern, auch im Ausland.

Ich habe im Frühling zwei Ersatzteile für meine Kaffeemaschine bei Ihnen drucken lassen (Lieferung nach Winterthur). Eine Kopie meiner ID kann ich bei Bedarf nachreichen.

Freundliche Grüsse

Reto Gisler
Rosenbergstrasse 12
8400 Winterthur
Schweiz
""",
    label=req(["access"], ["fadp"], "Reto Gisler", "reto.gisler@example.ch",
              "Swiss: Grüezi, Personendaten, Art. 25 DSG, ss instead of ß; Latin-1 QP"),
))

add(Mail(
    file="de-request-ch-name-korrigieren-nummer-loeschen.eml",
    frm=addr("Mägi Zürcher", "maegi.zuercher@example.ch"),
    subject="Name falsch + Telefonnummer",
    date="2026-09-19 21:40 +0200",
    client="apple",
    domain="example.ch",
    content_language="de-CH",
    text="""Hoi zäme

Mir ist aufgefallen, dass mein Name in eurem Kundenkonto und auf jeder Rechnung als "Maegi Zuercher" steht, richtig ist "Mägi Zürcher". Könnt ihr das bitte im Konto korrigieren? Und meine alte Handynummer (079 000 12 34) bitte ganz löschen, die gehört nicht mehr mir.

Merci vielmal
Mägi, Bern

Von meinem iPhone gesendet""",
    label=req(["correction", "deletion"], ["fadp"], "Mägi Zürcher", "maegi.zuercher@example.ch",
              "Swiss informal (Hoi zäme, Merci vielmal); correct name + delete old phone number; .ch/Swiss forms as country hint"),
))

add(Mail(
    file="de-request-at-aus-verteiler-nehmen.eml",
    frm=addr("Verena Pichler", "verena.pichler@example.at"),
    subject="Newsletter",
    date="2026-09-22 12:31 +0200",
    client="gmail",
    content_language="de-AT",
    text="""Servus,

bitte nehmt mich aus eurem Verteiler raus, ich bekomm jede Woche zwei Mails von euch und das ist mir zu viel. Danke!

LG Verena

--
Verena Pichler
Wien, Österreich
""",
    label=req(["opt_out_marketing"], ["gdpr"], "Verena Pichler", "verena.pichler@example.at",
              "Austrian informal newsletter opt-out; Austria in signature"),
))

add(Mail(
    file="de-request-einschraenkung-statt-loeschung.eml",
    frm=addr("Dr. Henrike Lammers", "h.lammers@example.de"),
    subject=subj("Einschränkung der Verarbeitung (Art. 18 DSGVO) – Kunden-Nr. 3DP-C-07730"),
    date="2026-10-04 09:17 +0200",
    client="thunderbird",
    domain="example.de",
    content_language="de-DE",
    text="""Sehr geehrte Damen und Herren,

aus Ihrer Bestellbestätigung vom Juli ergibt sich, dass Sie meine Lieferadresse an "Partner für passende Angebote" weitergegeben haben. Eine Einwilligung dazu habe ich nicht erteilt.

Ich verlange nicht die Löschung meiner Daten, da ich die Unterlagen noch für eine mögliche Auseinandersetzung benötige. Stattdessen verlange ich gemäß Art. 18 Abs. 1 lit. b DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten. Die Daten dürfen bis auf Weiteres nur noch gespeichert, aber nicht anderweitig verarbeitet werden.

Bitte bestätigen Sie mir die Umsetzung schriftlich.

Mit freundlichen Grüßen
Dr. Henrike Lammers
Kiel
""",
    label=req(["restriction"], ["gdpr"], "Dr. Henrike Lammers", "h.lammers@example.de",
              "Art. 18(1)(b): restriction instead of erasure; 'nicht die Löschung' must not add deletion"),
))

add(Mail(
    file="de-request-staff-forward-from-personal-inbox.eml",
    frm=addr("3DPros", COMPANY),
    subject="Fwd: Meine Daten bei euch",
    date="2026-10-11 10:02 -0500",
    client="gmail",
    text="""Dana, the guy from the Hamburg order wrote to my personal address. Putting it in here so it's logged. He wants a copy of everything we have on him and then wants it all deleted (my German is rusty but that's the gist).

M.

---------- Forwarded message ---------
From: Jonas Albrecht <jonas.albrecht@example.de>
Date: Fri, Oct 9, 2026 at 3:44 PM
Subject: Meine Daten bei euch
To: <marco.ruiz.makes@example.com>


Hallo Marco,

du hattest mir im Sommer die Halterungen für mein Lastenrad gedruckt, danke nochmal. Ich räume gerade meine Online-Konten auf und hätte gern von euch eine Auskunft, welche Daten ihr über mich gespeichert habt (eine Kopie reicht). Danach löscht bitte alles, ich brauche kein Kundenkonto mehr.

Viele Grüße aus Hamburg
Jonas Albrecht
""",
    label=req(["access", "deletion"], ["gdpr"], "Jonas Albrecht", "jonas.albrecht@example.de",
              "our own staff forwarding (from 3dprosteam@gmail.com) a German customer's request; requester from the forwarded header; Hamburg = Germany"),
))

# =========================================================================== French (France, Québec, Switzerland, Belgium)

add(Mail(
    file="fr-request-droit-acces-art15.eml",
    frm=addr("Sandrine Lefèvre-Morel", "sandrine.lefevre-morel@example.fr", charset="iso-8859-1"),
    subject="Demande de droit d'accès",
    date="2026-09-09 14:48 +0200",
    client="orange",
    charset="iso-8859-1",
    cte="8bit",
    content_language="fr-FR",
    text_only=True,
    text="""Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en communiquer une copie.

Je souhaite également connaître la finalité des traitements, les destinataires de ces données, leur durée de conservation et leur origine.

J'ai passé commande sur votre site en avril 2026 (figurines pour un jeu de plateau, livrées à Nantes).

Je vous remercie de me faire parvenir votre réponse dans le délai d'un mois prévu par le RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sandrine Lefèvre-Morel
12 rue des Olivettes
44000 Nantes
""",
    label=req(["access"], ["gdpr"], "Sandrine Lefèvre-Morel", "sandrine.lefevre-morel@example.fr",
              "CNIL-letter-shaped access request; Orange webmail, Latin-1 8bit"),
))

add(Mail(
    file="fr-request-quebec-loi25-suppression-consentement.eml",
    frm=addr("Élodie Tremblay", "elodie.tremblay@example.ca"),
    subject=subj("Retrait de consentement et suppression de mes renseignements"),
    date="2026-09-26 20:14 -0400",
    client="outlookcom",
    content_language="fr-CA",
    text="""Bonjour,

Je suis cliente chez vous depuis 2025 (livraison à Sherbrooke). En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé du Québec (la Loi 25), je retire mon consentement à l'utilisation de mes renseignements personnels à toute fin autre que la livraison de commandes déjà payées, et je vous demande de supprimer mes renseignements personnels dès que cette fin est accomplie.

Merci de me confirmer par courriel la suppression.

Élodie Tremblay
Sherbrooke (Québec)
""",
    label=req(["deletion", "withdraw_consent"], ["quebec"], "Élodie Tremblay", "elodie.tremblay@example.ca",
              "Québec Loi 25: consent withdrawal + deletion"),
))

add(Mail(
    file="fr-request-suisse-opposition-lpd.eml",
    frm=addr("Yves-Alain Rochat", "ya.rochat@example.ch"),
    subject=subj("Opposition au traitement de mes données personnelles"),
    date="2026-10-01 08:36 +0200",
    client="apple",
    domain="example.ch",
    mailer="Apple Mail (2.3774.600.62)",
    content_language="fr-CH",
    text="""Bonjour,

J'ai appris par votre déclaration de confidentialité que vous utilisez les données des clients pour de la « recherche interne » et des « démonstrations ». Je m'oppose à ce que mes données personnelles (y compris les photos et les cotes de la pièce de rechange que je vous ai envoyées) soient traitées à ces fins, conformément à la nouvelle loi fédérale sur la protection des données (nLPD).

Je ne demande pas la suppression de mon compte.

Avec mes meilleures salutations,

Yves-Alain Rochat
Av. de Cour 58
1007 Lausanne
""",
    label=req(["objection"], ["fadp"], "Yves-Alain Rochat", "ya.rochat@example.ch",
              "Swiss French objection under the nLPD to a specific purpose; explicitly no deletion"),
))

add(Mail(
    file="fr-request-rectification-nom-et-email.eml",
    frm=addr("Karim Benali", "karim.benali@example.fr"),
    subject="erreur dans mes infos",
    date="2026-10-09 22:03 +0200",
    client="gmail",
    content_language="fr-FR",
    text="""bonsoir,

dans mon compte client mon nom est écrit "Karim Benalli" (2 L) alors que c'est Benali, et vous avez encore mon ancienne adresse mail karim.b69@example.fr qui n'existe plus. pouvez vous corriger mon nom et mettre celle ci a la place svp ?

merci d'avance
Karim (Lyon)
""",
    label=req(["correction"], ["gdpr"], "Karim Benali", "karim.benali@example.fr",
              "informal correction of name + email in the customer account; Lyon = France"),
))

add(Mail(
    file="fr-request-belgique-portabilite.eml",
    frm=addr("Nathalie Dujardin", "n.dujardin@example.be"),
    subject=subj("Demande de portabilité de mes données (art. 20 RGPD)"),
    date="2026-10-17 11:12 +0200",
    client="gmail",
    content_language="fr-BE",
    text="""Bonjour,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies (coordonnées, adresses de livraison, historique de commandes, fichiers et paramètres envoyés pour les impressions) dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON).

Bien à vous,

Nathalie Dujardin
Namur, Belgique
""",
    label=req(["portability"], ["gdpr"], "Nathalie Dujardin", "n.dujardin@example.be",
              "Belgian portability request"),
))

# =========================================================================== Spanish

add(Mail(
    file="es-request-supresion-y-sin-publicidad.eml",
    frm=addr("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
    subject="Baja y borrado de mis datos",
    date="2026-09-13 17:45 +0200",
    client="gmail",
    content_language="es-ES",
    text="""Hola,

Os escribo para pediros que borréis todos mis datos personales y que no me enviéis más publicidad ni newsletters. Compré una lámpara en 2025 y desde entonces recibo correos casi a diario.

Un saludo,
Lucía Ferrándiz
Valencia
""",
    label=req(["deletion", "opt_out_marketing"], ["gdpr"], "Lucía Ferrándiz", "lucia.ferrandiz@example.es",
              "Spain: deletion + no more marketing in one sentence"),
))

add(Mail(
    file="es-request-mexico-derechos-arco-acceso.eml",
    frm=addr("Jorge Alberto Cárdenas", "jacardenas@example.com.mx"),
    subject="Solicitud de derechos ARCO - Acceso",
    date="2026-09-20 13:10 -0600",
    client="outlookcom",
    content_language="es-MX",
    text="""A quien corresponda:

Por medio del presente, y con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito el ACCESO a los datos personales que 3DPros LLC tiene sobre mi persona, así como información sobre las finalidades del tratamiento y las transferencias realizadas.

Datos del titular:
Nombre: Jorge Alberto Cárdenas Villalobos
Correo: jacardenas@example.com.mx
Domicilio: Av. Chapultepec 1234, Col. Americana, Guadalajara, Jalisco

Derecho que se ejerce:
[X] Acceso   [ ] Rectificación   [ ] Cancelación   [ ] Oposición

Adjunto copia de mi INE.

Atentamente,
Jorge Alberto Cárdenas Villalobos
""",
    attachments=[Att("INE_frente.jpg", "image/jpeg", fake_jpeg("ine-cardenas"))],
    label=req(["access"], [], "Jorge Alberto Cárdenas Villalobos", "jacardenas@example.com.mx",
              "Mexican ARCO form with unticked boxes; LFPDPPP is outside the regime vocabulary"),
))

add(Mail(
    file="es-request-limitacion-tratamiento.eml",
    frm=addr("Álvaro Ruiz de Gauna", "alvaro.rdg@example.es"),
    subject=subj("Solicitud de limitación del tratamiento"),
    date="2026-10-14 10:26 +0200",
    client="outlook",
    charset="windows-1252",
    content_language="es-ES",
    text="""Estimados señores:

Mediante el presente escrito ejerzo el derecho de limitación del tratamiento previsto en el artículo 18 del RGPD respecto de mis datos personales.

He presentado una reclamación ante mi banco por un cargo duplicado de su tienda (pedido 3DP-22410) y necesito que conserven los datos del pedido y del pago hasta que se resuelva, pero que mientras tanto no los utilicen para ninguna otra finalidad.

Atentamente,
Álvaro Ruiz de Gauna
Madrid
""",
    label=req(["restriction"], ["gdpr"], "Álvaro Ruiz de Gauna", "alvaro.rdg@example.es",
              "Art. 18 restriction with an order number; windows-1252 QP"),
))

add(Mail(
    file="es-request-california-shine-the-light.eml",
    frm=addr("Rosa Elena Gutiérrez", "rosaelena.gtz@example.com"),
    subject=subj("Pregunta sobre mis datos – ley de California"),
    date="2026-10-22 18:52 -0700",
    client="gmail",
    content_language="es-US",
    text="""Buenas tardes,

Vivo en Los Ángeles, California. Mi hija me dijo que por la ley "Shine the Light" de California puedo pedirles una vez al año la lista de las empresas a las que ustedes dieron mis datos para que me manden publicidad. Quiero esa lista del año pasado, por favor, con los nombres y direcciones de esas empresas y qué datos les dieron.

Muchas gracias,
Rosa Elena Gutiérrez
""",
    label=req(["shine_the_light"], ["ca_shine_the_light"], "Rosa Elena Gutiérrez", "rosaelena.gtz@example.com",
              "Shine the Light in Spanish, law named in English"),
))

# =========================================================================== Italian

add(Mail(
    file="it-request-cancellazione-e-niente-newsletter.eml",
    frm=addr("Giulia Santangelo", "giulia.santangelo@example.it"),
    subject="cancellazione dati",
    date="2026-09-18 19:07 +0200",
    client="apple",
    domain="example.it",
    content_language="it-IT",
    text="""Buonasera,
vi chiedo di cancellare tutti i miei dati personali dal vostro sistema e di non mandarmi più newsletter o promozioni.
Grazie
Giulia Santangelo
Bologna

Inviato da iPhone""",
    label=req(["deletion", "opt_out_marketing"], ["gdpr"], "Giulia Santangelo", "giulia.santangelo@example.it",
              "Italian deletion + marketing opt-out"),
))

add(Mail(
    file="it-request-modulo-esercizio-diritti-accesso.eml",
    frm=addr("Pierluigi Marras", "p.marras@example.it"),
    subject="Esercizio di diritti in materia di protezione dei dati personali",
    date="2026-10-06 09:40 +0200",
    client="thunderbird",
    domain="example.it",
    content_language="it-IT",
    text="""Spett.le 3DPros LLC,

il sottoscritto Pierluigi Marras, nato a Sassari il 14/02/1979, residente in via Roma 22, 07100 Sassari,

esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15)
[X] chiede conferma dell'esistenza o meno di trattamenti di dati personali che lo riguardano;
[X] chiede di ottenere l'accesso ai dati personali ed una copia degli stessi;
[ ] chiede la rettifica dei dati (art. 16);
[ ] chiede la cancellazione dei dati (art. 17);
[ ] chiede la limitazione del trattamento (art. 18);
[ ] si oppone al trattamento (art. 21).

Recapito per la risposta: p.marras@example.it

Estremi di un documento di riconoscimento: carta d'identità n. CA00000AA

Sassari, 6 ottobre 2026

Pierluigi Marras
""",
    label=req(["access"], ["gdpr"], "Pierluigi Marras", "p.marras@example.it",
              "Garante-modulo-shaped form pasted as text; only access ticked, the rest unticked"),
))

add(Mail(
    file="it-request-reclamo-nessuna-risposta.eml",
    frm=addr("Francesca Orlandini", "f.orlandini@example.it"),
    subject="SECONDA RICHIESTA - cancellazione dati non eseguita",
    date="2026-10-24 12:18 +0200",
    client="gmail",
    content_language="it-IT",
    text="""Buongiorno,

il 2 agosto vi ho chiesto per email di cancellare il mio account e i miei dati. Non ho mai ricevuto risposta e continuo a ricevere le vostre email con il mio nome, quindi i dati sono ancora lì.

Voglio esprimere formalmente il mio reclamo per come è stata gestita la mia richiesta: nessuna conferma di ricezione, nessuna risposta in più di due mesi. Vi chiedo di nuovo di cancellare TUTTI i miei dati entro 30 giorni, altrimenti mi rivolgerò al Garante per la protezione dei dati personali.

Francesca Orlandini
Firenze
""",
    label=req(["complaint", "deletion"], ["gdpr"], "Francesca Orlandini", "f.orlandini@example.it",
              "complaint about an unanswered earlier request + renewed deletion (original not in this set)"),
))

# =========================================================================== Portuguese (Brazil, Portugal)

add(Mail(
    file="pt-request-lgpd-eliminacao-revogacao.eml",
    frm=addr("Thiago Nascimento", "thiago.nascimento@example.com.br"),
    subject=subj("Solicitação LGPD – eliminação de dados"),
    date="2026-09-27 15:22 -0300",
    client="gmail",
    content_language="pt-BR",
    text="""Olá, equipe 3DPros

Com base no art. 18 da Lei Geral de Proteção de Dados (Lei nº 13.709/2018), revogo o consentimento que dei para o tratamento dos meus dados pessoais e solicito a eliminação de todos os dados tratados com esse consentimento.

Comprei um suporte de headset de vocês em 2025 (entrega em Curitiba). Meu e-mail de cadastro é este mesmo.

Obrigado,
Thiago Nascimento
""",
    label=req(["deletion", "withdraw_consent"], [], "Thiago Nascimento", "thiago.nascimento@example.com.br",
              "Brazil LGPD named (no regime in vocabulary): revocation of consent + elimination"),
))

add(Mail(
    file="pt-request-lgpd-acesso-e-portabilidade.eml",
    frm=addr("Ana Carolina Duarte", "anacarol.duarte@example.com.br"),
    subject="Pedido de acesso aos meus dados",
    date="2026-10-18 09:50 -0300",
    client="outlookcom",
    content_language="pt-BR",
    text="""Prezados,

Na qualidade de titular dos dados, e nos termos da LGPD, solicito:

1. a confirmação da existência de tratamento dos meus dados pessoais;
2. o acesso aos dados, com cópia completa;
3. a portabilidade dos dados que forneci a vocês, em formato estruturado (CSV ou JSON), para que eu possa levá-los a outro fornecedor.

Nome: Ana Carolina Duarte
E-mail: anacarol.duarte@example.com.br
Cidade: Belo Horizonte - MG

Atenciosamente,
Ana Carolina Duarte
""",
    label=req(["access", "portability"], [], "Ana Carolina Duarte", "anacarol.duarte@example.com.br",
              "Brazilian numbered LGPD request (confirmation + access + portability)"),
))

add(Mail(
    file="pt-request-portugal-retificacao-dados.eml",
    frm=addr("Rui Magalhães", "rui.magalhaes@example.pt"),
    subject=subj("Retificação de dados pessoais"),
    date="2026-10-23 16:05 +0100",
    client="gmail",
    content_language="pt-PT",
    text="""Boa tarde,

Reparei que na minha conta o meu apelido está como "Magalhaes" sem til e o número de telemóvel tem um dígito trocado (deve ser 912 000 345). Agradecia que corrigissem estes dados.

Cumprimentos,
Rui Magalhães
Porto
""",
    label=req(["correction"], ["gdpr"], "Rui Magalhães", "rui.magalhaes@example.pt",
              "European Portuguese correction of name and phone; Porto = Portugal"),
))

# =========================================================================== Dutch

add(Mail(
    file="nl-request-inzageverzoek-avg.eml",
    frm=addr("Sanne de Graaf", "sanne.degraaf@example.nl"),
    subject="Inzageverzoek AVG",
    date="2026-09-15 11:44 +0200",
    client="gmail",
    content_language="nl-NL",
    text="""Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij een overzicht te sturen van de persoonsgegevens die u van mij verwerkt, met een kopie van die gegevens.

Ik heb in juni een bestelling geplaatst (bordspel-inserts, geleverd in Zwolle).

Met vriendelijke groet,
Sanne de Graaf
""",
    label=req(["access"], ["gdpr"], "Sanne de Graaf", "sanne.degraaf@example.nl",
              "Dutch access request (inzageverzoek, AVG)"),
))

add(Mail(
    file="nl-request-verwijderen-en-geen-reclame.eml",
    frm=addr("Pieter Verstraete", "pieter.verstraete@example.be"),
    subject="gegevens verwijderen",
    date="2026-10-12 20:33 +0200",
    client="gmail",
    content_language="nl-BE",
    text="""Dag,

Gelieve al mijn gegevens te verwijderen en mij geen reclamemails meer te sturen.

Groeten,
Pieter
(Gent)
""",
    label=req(["deletion", "opt_out_marketing"], ["gdpr"], "Pieter Verstraete", "pieter.verstraete@example.be",
              "Flemish: deletion + no marketing in one sentence"),
))

# =========================================================================== Polish

add(Mail(
    file="pl-request-rodo-usuniecie-danych.eml",
    frm=addr("Katarzyna Wróblewska", "k.wroblewska@example.pl", charset="iso-8859-2"),
    subject=subj("Żądanie usunięcia danych osobowych (art. 17 RODO)", "iso-8859-2"),
    date="2026-09-24 08:19 +0200",
    client="thunderbird",
    domain="example.pl",
    charset="iso-8859-2",
    cte="8bit",
    content_language="pl-PL",
    text="""Dzień dobry,

na podstawie art. 17 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę, w tym danych konta klienta i historii zamówień.

Proszę o potwierdzenie usunięcia danych na ten adres e-mail.

Z poważaniem
Katarzyna Wróblewska
Kraków
""",
    label=req(["deletion"], ["gdpr"], "Katarzyna Wróblewska", "k.wroblewska@example.pl",
              "Polish, RODO named; ISO-8859-2 8bit body and Q subject; 'proszę o potwierdzenie' is not a second type"),
))

add(Mail(
    file="pl-request-rodo-kopia-danych.eml",
    frm=addr("Mateusz Zieliński", "mateusz.zielinski@example.pl"),
    subject="RODO - prosba o kopie danych",
    date="2026-10-20 13:27 +0200",
    client="gmail",
    content_language="pl-PL",
    text="""Witam,

zgodnie z art. 15 RODO prosze o informacje jakie moje dane przetwarzacie i o przeslanie ich kopii. Zamawialem u was dwa razy (Wroclaw).

Pozdrawiam
Mateusz Zielinski
""",
    label=req(["access"], ["gdpr"], "Mateusz Zieliński", "mateusz.zielinski@example.pl",
              "Polish typed without diacritics; RODO art. 15"),
))

# =========================================================================== Swedish

add(Mail(
    file="sv-request-registerutdrag.eml",
    frm=addr("Linnea Holmqvist", "linnea.holmqvist@example.se"),
    subject=subj("Begäran om registerutdrag"),
    date="2026-09-30 07:51 +0200",
    client="outlookcom",
    content_language="sv-SE",
    text="""Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR), dvs. en kopia av de personuppgifter ni behandlar om mig, ändamålen med behandlingen och vilka mottagare ni har lämnat ut uppgifterna till.

Utdraget kan skickas till den här e-postadressen.

Med vänliga hälsningar
Linnea Holmqvist
Uppsala
""",
    label=req(["access"], ["gdpr"], "Linnea Holmqvist", "linnea.holmqvist@example.se",
              "Swedish registerutdrag (access)"),
))

add(Mail(
    file="sv-request-radera-och-sluta-skicka-reklam.eml",
    frm=addr("Oskar Lindahl", "oskar.lindahl@example.se"),
    subject="Radera mitt konto",
    date="2026-10-27 21:06 +0100",
    client="apple",
    domain="example.se",
    content_language="sv-SE",
    text="""Hej!
Radera mitt konto och alla uppgifter om mig, och sluta skicka reklam till mig. Tack.
/Oskar, Göteborg

Skickat från min iPhone""",
    label=req(["deletion", "opt_out_marketing"], ["gdpr"], "Oskar Lindahl", "oskar.lindahl@example.se",
              "Swedish deletion + stop marketing; Göteborg = Sweden"),
))

# =========================================================================== Danish

add(Mail(
    file="da-request-indsigelse-mod-profilering.eml",
    frm=addr("Mette Kjærgaard", "mette.kjaergaard@example.dk"),
    subject=subj("Indsigelse mod behandling af mine personoplysninger"),
    date="2026-10-08 10:12 +0200",
    client="gmail",
    content_language="da-DK",
    text="""Hej 3DPros

Jeg gør hermed indsigelse mod, at I bruger mine personoplysninger og min købshistorik til analyse, profilering og "intern forskning", jf. databeskyttelsesforordningens artikel 21, stk. 1. Jeg ønsker fortsat at kunne handle hos jer, så I skal ikke slette min konto.

Venlig hilsen
Mette Kjærgaard
Aarhus
""",
    label=req(["objection"], ["gdpr"], "Mette Kjærgaard", "mette.kjaergaard@example.dk",
              "Danish Art. 21(1) objection to analytics/profiling; explicitly keep the account"),
))

# =========================================================================== Czech

add(Mail(
    file="cs-request-prenositelnost-udaju.eml",
    frm=addr("Tereza Nováková", "tereza.novakova@example.cz", charset="windows-1250"),
    subject=subj("Žádost o přenositelnost osobních údajů", "windows-1250", "B"),
    date="2026-10-26 14:40 +0100",
    client="outlook",
    charset="windows-1250",
    content_language="cs-CZ",
    text="""Dobrý den,

v souladu s článkem 20 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o poskytnutí mých osobních údajů, které jsem Vám poskytla (kontaktní údaje, doručovací adresy, historie objednávek), ve strukturovaném, běžně používaném a strojově čitelném formátu.

Děkuji a s pozdravem
Tereza Nováková
Praha
""",
    label=req(["portability"], ["gdpr"], "Tereza Nováková", "tereza.novakova@example.cz",
              "Czech portability; windows-1250 QP body, B-encoded subject"),
))

# =========================================================================== Finnish

add(Mail(
    file="fi-request-tietojen-oikaisu.eml",
    frm=addr("Eero Mäkinen", "eero.makinen@example.fi", charset="iso-8859-15"),
    subject=subj("Virheellisten tietojen oikaisu", "iso-8859-15"),
    date="2026-10-29 08:25 +0200",
    client="thunderbird",
    domain="example.fi",
    charset="iso-8859-15",
    cte="quoted-printable",
    content_language="fi-FI",
    text="""Hei,

asiakastiedoissani on virhe: sukunimeni on Mäkinen eikä Makinen, ja syntymävuoteni on 1984, ei 1948. Pyydän oikaisemaan nämä tiedot EU:n tietosuoja-asetuksen 16 artiklan mukaisesti.

Ystävällisin terveisin
Eero Mäkinen
Tampere
""",
    label=req(["correction"], ["gdpr"], "Eero Mäkinen", "eero.makinen@example.fi",
              "Finnish correction (Art. 16); ISO-8859-15 QP"),
))

# =========================================================================== Greek

add(Mail(
    file="el-request-diagrafi-dedomenon.eml",
    frm=addr("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.gr", charset="utf-8", enc="B"),
    subject=subj("Αίτημα διαγραφής προσωπικών δεδομένων", "utf-8", "B"),
    date="2026-11-02 19:40 +0200",
    client="gmail",
    content_language="el-GR",
    text="""Καλησπέρα σας,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ (GDPR), παρακαλώ να διαγράψετε όλα τα προσωπικά μου δεδομένα που τηρείτε, συμπεριλαμβανομένου του λογαριασμού μου.

Ευχαριστώ,
Νίκος Παπαδόπουλος
Θεσσαλονίκη
""",
    label=req(["deletion"], ["gdpr"], "Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.gr",
              "Greek deletion (Art. 17 GDPR); B-encoded From and Subject"),
))

# =========================================================================== Hungarian

add(Mail(
    file="hu-request-adatkezeles-korlatozasa.eml",
    frm=addr("Szabó Eszter", "szabo.eszter@example.hu", charset="iso-8859-2"),
    subject=subj("Adatkezelés korlátozása iránti kérelem", "iso-8859-2"),
    date="2026-11-04 09:03 +0100",
    client="thunderbird",
    domain="example.hu",
    charset="iso-8859-2",
    cte="quoted-printable",
    content_language="hu-HU",
    text="""Tisztelt 3DPros!

Az általános adatvédelmi rendelet (GDPR) 18. cikke alapján kérem személyes adataim kezelésének korlátozását. Vitatom, hogy a rendszerükben szereplő számlázási nevem és címem pontos, és amíg ezt nem ellenőrzik, kérem, hogy az adataimat csak tárolják, más célra ne használják.

Üdvözlettel:
Szabó Eszter
Budapest
""",
    label=req(["restriction"], ["gdpr"], "Szabó Eszter", "szabo.eszter@example.hu",
              "Hungarian restriction while accuracy is contested (Art. 18(1)(a)); ISO-8859-2 QP; no explicit correction asked"),
))

# =========================================================================== Japanese

add(Mail(
    file="ja-request-hoyu-kojin-deta-kaiji.eml",
    frm=addr("佐藤 美咲", "misaki.sato@example.jp", charset="iso-2022-jp", enc="B"),
    subject=subj("保有個人データの開示請求", "iso-2022-jp", "B"),
    date="2026-10-15 22:10 +0900",
    client="plain",
    domain="example.jp",
    charset="iso-2022-jp",
    cte="7bit",
    text_only=True,
    mailer="Microsoft Outlook 16.0",
    content_language="ja-JP",
    text="""3DPros LLC
個人情報ご担当者様

いつもお世話になっております。
今年の6月にフィギュアの台座を注文した佐藤と申します。

個人情報保護法に基づき、貴社が保有している私の個人データの開示を請求いたします。
開示方法は電子メールでお願いいたします。

氏名：佐藤 美咲
メールアドレス：misaki.sato@example.jp
住所：大阪府大阪市北区梅田1-1-1

本人確認書類が必要でしたらご連絡ください。

よろしくお願いいたします。
佐藤 美咲
""",
    label=req(["access"], [], "佐藤 美咲", "misaki.sato@example.jp",
              "Japanese APPI disclosure request; ISO-2022-JP body, B-encoded headers; Japan = no regime"),
))

add(Mail(
    file="ja-request-mailmagazine-teishi-sakujo.eml",
    frm=addr("Kenji Watanabe", "k.watanabe@example.jp"),
    subject=subj("メルマガ配信停止と退会について"),
    date="2026-11-06 07:30 +0900",
    client="gmail",
    content_language="ja-JP",
    text="""3DPros ご担当者様

メールマガジンの配信を停止してください。
あわせて、会員登録を解除し、登録している個人情報をすべて削除してください。

よろしくお願いします。
渡辺 健二
""",
    label=req(["opt_out_marketing", "deletion"], [], "Kenji Watanabe", "k.watanabe@example.jp",
              "Japanese newsletter stop + account/PI deletion; UTF-8 Q subject"),
))

# =========================================================================== Korean

add(Mail(
    file="ko-request-gaeinjeongbo-yeollam-sakje.eml",
    frm=addr("김지현", "jihyun.kim@example.kr", charset="euc-kr", enc="B"),
    subject=subj("개인정보 열람 및 삭제 요청", "euc-kr", "B"),
    date="2026-11-09 13:15 +0900",
    client="plain",
    domain="example.kr",
    charset="euc-kr",
    cte="base64",
    text_only=True,
    content_language="ko-KR",
    text="""안녕하세요.

올해 3월에 피규어 도색용 거치대를 주문했던 김지현입니다.
개인정보 보호법에 따라 귀사가 보유하고 있는 제 개인정보의 열람을 요청합니다.
열람 후에는 제 개인정보를 모두 삭제해 주시기 바랍니다.

이메일: jihyun.kim@example.kr

감사합니다.
김지현 드림
""",
    label=req(["access", "deletion"], [], "김지현", "jihyun.kim@example.kr",
              "Korean PIPA access then deletion; EUC-KR base64 body, B-encoded headers; Korea = no regime"),
))
