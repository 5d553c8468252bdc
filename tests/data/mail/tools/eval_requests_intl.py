"""Non-English privacy requests (de, fr, es, it, pt, nl) for the evaluation mailbox."""

from __future__ import annotations

from mailkit import Mail, dedent, fmt_addr, jpeg, pdf, req

# ================================================================== German

Mail("de-request-access-art15-formal.eml",
     frm=fmt_addr("Jürgen Weißbach", "j.weissbach@gmx.example"), subject="Auskunftsersuchen nach Art. 15 DSGVO",
     date="2026-11-04 08:03 +0100", client="webde", charset="iso-8859-1",
     text=dedent("""
        Sehr geehrte Damen und Herren,

        hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit,
        ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie
        dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO).

        Bitte informieren Sie mich außerdem über
        - die Verarbeitungszwecke,
        - die Kategorien der verarbeiteten Daten,
        - die Empfänger, insbesondere in Drittländern,
        - die geplante Speicherdauer,
        - die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

        Ich habe im Mai 2026 über Ihren Webshop eine Ersatzhalterung bestellt. Für die Beantwortung setze
        ich Ihnen die gesetzliche Frist von einem Monat.

        Mit freundlichen Grüßen
        Jürgen Weißbach
        Lindenstraße 12
        04109 Leipzig
        """),
     label=req(["access"], ["gdpr"], "de", "Jürgen Weißbach", "j.weissbach@gmx.example",
               "formal German Art. 15 letter, iso-8859-1 QP, GMX-style headers"))

Mail("de-request-deletion-oneliner.eml",
     frm="Katrin Vogel <katrin.vogel@web.example>", subject="Konto löschen", date="2026-11-09 19:44 +0100",
     client="apple",
     text="Bitte löschen Sie mein Kundenkonto und alle meine Daten. Danke\n\nVon meinem iPhone gesendet\n",
     label=req(["deletion"], [], "de", "Katrin Vogel", "katrin.vogel@web.example",
               "German one-line deletion, RFC 2047 subject"))

Mail("de-request-correction-berichtigung.eml",
     frm="Stefan Nowak <stefan.nowak@t-online.example>", subject="Berichtigung meiner Daten",
     date="2026-11-13 11:21 +0100", client="outlook", charset="windows-1252",
     text=dedent("""
        Guten Tag,

        in Ihrem System ist mein Nachname falsch gespeichert („Nowack“ statt „Nowak“), und auch die
        Anrede stimmt nicht. Ich bitte gemäß Art. 16 DSGVO um Berichtigung meiner personenbezogenen Daten.

        Vielen Dank und freundliche Grüße
        Stefan Nowak
        Dortmund
        """),
     label=req(["correction"], ["gdpr"], "de", "Stefan Nowak", "stefan.nowak@t-online.example",
               "Art. 16 Berichtigung, windows-1252 with German quotes"))

Mail("de-request-widerspruch-werbung.eml",
     frm="Monika Brandl <m.brandl@gmx.example>", subject="Widerspruch gegen Werbung",
     date="2026-10-20 10:00 +0200", client="webde",
     text=dedent("""
        Sehr geehrte Damen und Herren,

        ich widerspreche hiermit der Nutzung meiner personenbezogenen Daten für Werbezwecke (Art. 21 Abs. 2
        DSGVO). Bitte senden Sie mir keine Newsletter und Angebote mehr.

        Mit freundlichen Grüßen
        Monika Brandl
        """),
     label=req(["opt_out_marketing"], ["gdpr"], "de", "Monika Brandl", "m.brandl@gmx.example",
               "Widerspruch gegen Werbung = opt_out_marketing"))

Mail("de-request-widerruf-einwilligung.eml",
     frm="Tobias Kern <tobias.kern@posteo.example>", subject="Widerruf meiner Einwilligung",
     date="2026-11-17 21:05 +0100", client="thunderbird",
     text=dedent("""
        Hallo 3DPros-Team,

        ich widerrufe hiermit meine Einwilligung in die Verarbeitung meiner Daten zu Analysezwecken
        (Cookies/Tracking auf 3dpros.com) sowie in die Veröffentlichung meines Kundenfotos in Ihrer Galerie,
        mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).

        Viele Grüße
        Tobias Kern
        Freiburg im Breisgau
        """),
     label=req(["withdraw_consent"], ["gdpr"], "de", "Tobias Kern", "tobias.kern@posteo.example",
               "Widerruf der Einwilligung Art. 7(3)"))

Mail("de-request-auskunft-loeschung-schweiz.eml",
     frm="Regula Meier <regula.meier@bluewin.example>", subject="Auskunft und Löschung (DSG)",
     date="2026-11-02 14:30 +0100", client="outlook", auto_html=True,
     text=dedent("""
        Grüezi

        Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich Sie um Auskunft über
        sämtliche Personendaten, die Sie über mich bearbeiten. Nach Erhalt der Auskunft bitte ich Sie, alle
        Daten zu löschen, soweit keine gesetzliche Aufbewahrungspflicht besteht.

        Freundliche Grüsse
        Regula Meier
        Bahnhofstrasse 5
        3011 Bern
        Schweiz
        """),
     label=req(["access", "deletion"], ["fadp"], "de", "Regula Meier", "regula.meier@bluewin.example",
               "Swiss German (DSG), access + deletion, 'Grüezi'/'Grüsse' spelling"))

Mail("de-request-einschraenkung.eml",
     frm="Andreas Hoffmann <a.hoffmann@example.de>", subject="Einschränkung der Verarbeitung",
     date="2026-11-20 09:32 +0100", client="gmail",
     text=dedent("""
        Sehr geehrte Damen und Herren,

        ich bestreite die Richtigkeit der bei Ihnen gespeicherten Rechnungsadresse und verlange gemäß
        Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung meiner Daten, bis die Richtigkeit
        geklärt ist. Eine Löschung wünsche ich ausdrücklich nicht.

        Mit freundlichen Grüßen
        Andreas Hoffmann
        München
        """),
     label=req(["restriction"], ["gdpr"], "de", "Andreas Hoffmann", "a.hoffmann@example.de",
               "Art. 18 Einschränkung; explicitly no deletion"))

Mail("de-request-datenuebertragbarkeit.eml",
     frm="Lena Schröder <lena.schroeder@mailbox.example>", subject="Datenübertragbarkeit",
     date="2026-10-23 16:48 +0200", client="thunderbird", subject_enc="q", subject_charset="iso-8859-1",
     text=dedent("""
        Hallo,

        bitte stellen Sie mir die Daten, die ich Ihnen bereitgestellt habe (Kundenkonto, Bestellhistorie,
        hochgeladene Dateien), in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung
        (Art. 20 DSGVO). CSV oder JSON wäre ideal.

        Danke!
        Lena Schröder
        """),
     label=req(["portability"], ["gdpr"], "de", "Lena Schröder", "lena.schroeder@mailbox.example",
               "Art. 20 portability, iso-8859-1 Q-encoded subject"))

Mail("de-request-beschwerde.eml",
     frm="Wolfgang Adler <w.adler@example.de>", subject="Beschwerde – Umgang mit meinen Daten",
     date="2026-11-23 12:12 +0100", client="outlook",
     text=dedent("""
        Sehr geehrte Damen und Herren,

        hiermit beschwere ich mich über den Umgang mit meinen personenbezogenen Daten. Obwohl ich der
        Werbung bereits im September widersprochen habe, erhalte ich weiterhin Werbe-E-Mails, und mein
        Auskunftsersuchen vom 2. Oktober ist bis heute unbeantwortet.

        Sollte ich innerhalb von zwei Wochen keine Antwort erhalten, werde ich mich an die zuständige
        Aufsichtsbehörde wenden.

        Mit freundlichen Grüßen
        Wolfgang Adler
        Köln
        """),
     label=req(["complaint"], ["gdpr"], "de", "Wolfgang Adler", "w.adler@example.de",
               "Beschwerde about ignored objection and unanswered access; earlier mails not in set"))

Mail("de-request-agent-anwalt.eml",
     frm="Kanzlei Roth & Partner <kanzlei@roth-partner.example>",
     subject="Unser Mandant Herr Felix Baumann – Auskunft nach Art. 15 DSGVO", date="2026-11-11 10:45 +0100",
     client="outlook", auto_html=True,
     text=dedent("""
        Sehr geehrte Damen und Herren,

        wir zeigen an, dass wir Herrn Felix Baumann, wohnhaft in 60311 Frankfurt am Main
        (E-Mail: felix.baumann@example.de), anwaltlich vertreten. Eine auf uns lautende Vollmacht ist
        beigefügt.

        Namens und in Vollmacht unseres Mandanten verlangen wir Auskunft gemäß Art. 15 DSGVO über alle
        zu seiner Person gespeicherten Daten sowie eine Kopie dieser Daten.

        Mit freundlichen Grüßen

        Dr. Claudia Roth
        Rechtsanwältin
        Kanzlei Roth & Partner, Zeil 44, 60313 Frankfurt am Main
        """),
     attachments=[pdf("Vollmacht_Baumann.pdf", "Vollmacht")],
     label=req(["access"], ["gdpr"], "de", "Felix Baumann", "felix.baumann@example.de",
               "lawyer (Kanzlei) acting for client, Vollmacht attached",
               agent=("Kanzlei Roth & Partner", "kanzlei@roth-partner.example"),
               agent_for=("Felix Baumann", "felix.baumann@example.de")))

# ================================================================== French

Mail("fr-request-access-rgpd-art15.eml",
     frm="Camille Durand <camille.durand@orange.example>", subject="Demande d'accès à mes données personnelles",
     date="2026-11-05 09:20 +0100", client="outlook", charset="iso-8859-1", auto_html=True,
     text=dedent("""
        Madame, Monsieur,

        En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous
        prie de bien vouloir m'indiquer si vous traitez des données à caractère personnel me concernant
        et, le cas échéant, de m'en communiquer une copie, ainsi que les finalités du traitement, les
        destinataires et la durée de conservation.

        Je vous remercie de me répondre dans le délai d'un mois prévu par l'article 12.

        Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        Camille Durand
        12 rue des Lilas
        69003 Lyon
        """),
     label=req(["access"], ["gdpr"], "fr", "Camille Durand", "camille.durand@orange.example",
               "formal French Art. 15, iso-8859-1"))

Mail("fr-request-effacement-court.eml",
     frm="Julien Moreau <julien.moreau@free.example>", subject="suppression compte",
     date="2026-11-10 22:47 +0100", client="gmail",
     text="Bonjour, merci de supprimer mon compte et toutes mes données personnelles. Cordialement, Julien\n",
     label=req(["deletion"], [], "fr", "Julien Moreau", "julien.moreau@free.example",
               "short French deletion"))

Mail("fr-request-quebec-loi25-acces.eml",
     frm="Geneviève Tremblay <genevieve.tremblay@videotron.example>",
     subject="Demande d'accès - Loi sur la protection des renseignements personnels", date="2026-11-12 13:05 -0500",
     client="apple",
     text=dedent("""
        Bonjour,

        Je réside au Québec et j'ai commandé des pièces imprimées chez vous cet été. Conformément à la Loi
        sur la protection des renseignements personnels dans le secteur privé (telle que modifiée par la
        Loi 25), je demande à avoir accès aux renseignements personnels que vous détenez à mon sujet et à
        savoir à qui ils ont été communiqués.

        Merci,
        Geneviève Tremblay
        Sherbrooke (Québec)
        """),
     label=req(["access"], ["quebec"], "fr", "Geneviève Tremblay", "genevieve.tremblay@videotron.example",
               "Quebec requester, Loi 25 access"))

Mail("fr-request-quebec-retrait-consentement.eml",
     frm="Mathieu Gagnon <mgagnon@videotron.example>", subject="Retrait de mon consentement",
     date="2026-11-19 08:50 -0500", client="outlook",
     text=dedent("""
        Bonjour,

        Je retire mon consentement à ce que 3DPros utilise mes renseignements personnels à des fins autres
        que la livraison de ma commande, notamment pour l'analyse de ma navigation et pour la prospection.

        Mathieu Gagnon
        Montréal, QC
        """),
     label=req(["withdraw_consent"], ["quebec"], "fr", "Mathieu Gagnon", "mgagnon@videotron.example",
               "Quebec consent withdrawal; prospection mentioned as part of consent scope"))

Mail("fr-request-opposition-prospection.eml",
     frm="Sophie Lambert <sophie.lambert@laposte.example>", subject="Opposition à la prospection commerciale",
     date="2026-10-15 11:11 +0200", client="thunderbird",
     text=dedent("""
        Bonjour,

        Je m'oppose à l'utilisation de mes données à des fins de prospection commerciale (article 21.2 du
        RGPD). Merci de ne plus m'envoyer vos lettres d'information ni offres promotionnelles.

        Sophie Lambert
        """),
     label=req(["opt_out_marketing"], ["gdpr"], "fr", "Sophie Lambert", "sophie.lambert@laposte.example",
               "opposition à la prospection = opt_out_marketing"))

Mail("fr-request-rectification.eml",
     frm="Antoine Leroy <antoine.leroy@sfr.example>", subject="Rectification de mes données",
     date="2026-11-16 17:30 +0100", client="gmail",
     text=dedent("""
        Bonjour,

        Mon prénom est mal orthographié dans votre base (« Antonie » au lieu de « Antoine ») et ma date
        de naissance est erronée. Conformément à l'article 16 du RGPD, je vous demande de rectifier ces
        informations.

        Bien à vous,
        Antoine Leroy
        """),
     label=req(["correction"], ["gdpr"], "fr", "Antoine Leroy", "antoine.leroy@sfr.example",
               "Art. 16 rectification in French"))

Mail("fr-request-suisse-lpd-effacement.eml",
     frm="Nicolas Favre <n.favre@bluewin.example>", subject="Demande d'effacement (nLPD)",
     date="2026-11-21 10:25 +0100", client="apple",
     text=dedent("""
        Bonjour,

        Domicilié à Lausanne, je vous demande, en vertu de la nouvelle loi fédérale sur la protection des
        données (nLPD), d'effacer l'ensemble des données personnelles me concernant.

        Meilleures salutations,
        Nicolas Favre
        """),
     label=req(["deletion"], ["fadp"], "fr", "Nicolas Favre", "n.favre@bluewin.example",
               "Swiss French, nLPD deletion"))

Mail("fr-request-opposition-profilage.eml",
     frm="Élodie Garnier <elodie.garnier@example.fr>", subject="Opposition au profilage",
     date="2026-11-07 15:00 +0100", client="outlook", html_only=True,
     text=dedent("""
        Madame, Monsieur,

        Pour des raisons tenant à ma situation particulière, je m'oppose au traitement de mes données fondé
        sur votre intérêt légitime, en particulier au profilage et aux analyses statistiques de ma
        navigation (article 21.1 du RGPD).

        Cordialement,
        Élodie Garnier
        Nantes
        """),
     label=req(["objection"], ["gdpr"], "fr", "Élodie Garnier", "elodie.garnier@example.fr",
               "HTML-only Art. 21(1) objection, accented sender name"))

Mail("fr-request-form-suppression.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-11-14 06:58 -0600", client="form", reply_to="Louise Martin <louise.martin@example.fr>",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Louise Martin
        Email: louise.martin@example.fr
        Country / State: France
        I am: The data subject
        Request Type: Delete my personal information
        Details: Bonjour, je souhaite que mon compte et toutes mes données soient supprimés. Merci.
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        """),
     label=req(["deletion"], ["gdpr"], "fr", "Louise Martin", "louise.martin@example.fr",
               "English form template, French free-text details; language labelled as the requester's", form=True))

# ================================================================== Spanish

Mail("es-request-acceso-rgpd.eml",
     frm="Lucía Fernández <lucia.fernandez@telefonica.example>", subject="Ejercicio del derecho de acceso",
     date="2026-11-03 12:40 +0100", client="outlook", auto_html=True,
     text=dedent("""
        Estimados señores:

        Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del
        Reglamento (UE) 2016/679 (RGPD) y en la Ley Orgánica 3/2018 (LOPDGDD), y solicito que me faciliten
        una copia de mis datos personales objeto de tratamiento, los fines, los destinatarios y el plazo
        de conservación.

        Atentamente,
        Lucía Fernández García
        Calle Mayor 21, 3º B
        28013 Madrid
        """),
     label=req(["access"], ["gdpr"], "es", "Lucía Fernández García", "lucia.fernandez@telefonica.example",
               "formal Spanish access under RGPD/LOPDGDD"))

Mail("es-request-supresion.eml",
     frm="Javier Ruiz <javi.ruiz88@example.es>", subject="Borrar mis datos", date="2026-11-08 23:15 +0100",
     client="gmail",
     text=dedent("""
        Hola,

        quiero que borren mi cuenta y todos mis datos personales de su sistema. Ya no uso su tienda.

        Gracias
        Javier
        """),
     label=req(["deletion"], [], "es", "Javier Ruiz", "javi.ruiz88@example.es",
               "informal Spanish deletion"))

Mail("es-request-oposicion-publicidad.eml",
     frm="Carmen Ortega <carmen.ortega@example.mx>", subject="No quiero recibir publicidad",
     date="2026-11-12 18:05 -0600", client="yahoo",
     text=dedent("""
        Buenas tardes,
        Por favor dejen de enviarme correos promocionales y den de baja mi correo de su lista de envíos.
        Saludos,
        Carmen Ortega
        """),
     label=req(["opt_out_marketing"], [], "es", "Carmen Ortega", "carmen.ortega@example.mx",
               "Spanish marketing opt-out"))

Mail("es-request-portabilidad.eml",
     frm="Diego Navarro <diego.navarro@example.es>", subject="Solicitud de portabilidad de datos",
     date="2026-11-18 10:10 +0100", client="thunderbird",
     text=dedent("""
        Hola,

        En virtud del artículo 20 del RGPD, solicito que me envíen los datos personales que les he
        facilitado en un formato estructurado, de uso común y lectura mecánica (por ejemplo CSV o JSON).

        Un saludo,
        Diego Navarro
        Valencia
        """),
     label=req(["portability"], ["gdpr"], "es", "Diego Navarro", "diego.navarro@example.es",
               "Spanish Art. 20 portability"))

Mail("es-request-ccpa-no-vender.eml",
     frm="Rosa Martínez <rosa.martinez@example.com>", subject="No vendan mi información personal",
     date="2026-11-15 14:22 -0800", client="gmail",
     text=dedent("""
        Hola,

        Vivo en Los Ángeles, California. Conforme a la ley de privacidad de California (CCPA), les pido que
        no vendan ni compartan mi información personal con terceros, incluida la publicidad dirigida.

        Gracias,
        Rosa Martínez
        """),
     label=req(["opt_out_sale"], ["ccpa"], "es", "Rosa Martínez", "rosa.martinez@example.com",
               "Spanish-speaking Californian, Do Not Sell/Share"))

Mail("es-request-rectificacion-html.eml",
     frm="Pablo Gil <pablo.gil@example.es>", subject="Rectificación de datos", date="2026-10-26 09:09 +0100",
     client="gmail", html=dedent("""
        <div dir="ltr"><p>Buenos días:</p>
        <p>Mi dirección de correo y mi número de teléfono en su base de datos están equivocados. Solicito la
        <strong>rectificación</strong> de mis datos personales conforme al artículo 16 del RGPD:</p>
        <ul><li>Teléfono correcto: +34 600 123 456</li><li>Apellido correcto: Gil Serrano</li></ul>
        <p>Atentamente,<br>Pablo Gil Serrano<br>Zaragoza</p></div>
        """), charset="utf-8", cte="base64",
     label=req(["correction"], ["gdpr"], "es", "Pablo Gil Serrano", "pablo.gil@example.es",
               "HTML-only, base64, rectification"))

Mail("es-request-limitacion-y-acceso.eml",
     frm="Marta Jiménez <marta.jimenez@example.es>", subject="Solicitud", date="2026-11-22 20:30 +0100",
     client="outlook", charset="iso-8859-1",
     text=dedent("""
        Hola:

        Solicito que limiten el tratamiento de mis datos personales mientras se resuelve mi reclamación
        por el cobro duplicado, y que me envíen una copia de todos los datos que tienen sobre mí.

        Gracias,
        Marta Jiménez
        """),
     label=req(["restriction", "access"], [], "es", "Marta Jiménez", "marta.jimenez@example.es",
               "vague subject 'Solicitud'; restriction + access; iso-8859-1"))

# ================================================================== Italian

Mail("it-request-accesso-art15.eml",
     frm="Giulia Romano <giulia.romano@libero.example>", subject="Richiesta di accesso ai dati personali (art. 15 GDPR)",
     date="2026-11-04 11:45 +0100", client="outlook", auto_html=True,
     text=dedent("""
        Gentili Signori,

        con la presente esercito il diritto di accesso di cui all'art. 15 del Regolamento (UE) 2016/679 e
        chiedo conferma dell'esistenza o meno di dati personali che mi riguardano, nonché copia degli
        stessi, le finalità del trattamento, i destinatari e il periodo di conservazione.

        Distinti saluti,
        Giulia Romano
        Via Garibaldi 18
        10122 Torino
        """),
     label=req(["access"], ["gdpr"], "it", "Giulia Romano", "giulia.romano@libero.example",
               "formal Italian access request"))

Mail("it-request-cancellazione-breve.eml",
     frm="Marco Bianchi <marco.bianchi77@example.it>", subject="cancellazione dati", date="2026-11-09 07:55 +0100",
     client="gmail",
     text="Buongiorno, vi chiedo di cancellare il mio account e tutti i miei dati personali. Grazie, Marco\n",
     label=req(["deletion"], [], "it", "Marco Bianchi", "marco.bianchi77@example.it",
               "short Italian deletion"))

Mail("it-request-opposizione-marketing.eml",
     frm="Francesca Ricci <f.ricci@tiscali.example>", subject="Basta newsletter", date="2026-11-13 20:20 +0100",
     client="apple",
     text=dedent("""
        Salve,

        non voglio più ricevere newsletter né comunicazioni promozionali da parte vostra. Vi prego di
        rimuovere il mio indirizzo dalle vostre liste di marketing.

        Francesca
        """),
     label=req(["opt_out_marketing"], [], "it", "Francesca Ricci", "f.ricci@tiscali.example",
               "Italian marketing opt-out"))

Mail("it-request-rettifica.eml",
     frm="Alessandro Greco <alessandro.greco@example.it>", subject="Rettifica dei miei dati",
     date="2026-11-17 09:30 +0100", client="thunderbird",
     text=dedent("""
        Buongiorno,

        ai sensi dell'art. 16 GDPR chiedo la rettifica dei miei dati: il cognome corretto è "Greco" (non
        "Grego") e il codice fiscale indicato sulle fatture è errato.

        Cordiali saluti,
        Alessandro Greco
        """),
     label=req(["correction"], ["gdpr"], "it", "Alessandro Greco", "alessandro.greco@example.it",
               "Italian rectification"))

Mail("it-request-revoca-consenso.eml",
     frm="Chiara Esposito <chiara.esposito@example.it>", subject="Revoca del consenso",
     date="2026-10-19 18:40 +0200", client="gmail",
     text=dedent("""
        Buonasera,

        revoco il consenso al trattamento dei miei dati personali per finalità di profilazione e per la
        pubblicazione delle foto del mio progetto sul vostro sito.

        Chiara Esposito
        Napoli
        """),
     label=req(["withdraw_consent"], [], "it", "Chiara Esposito", "chiara.esposito@example.it",
               "Italian consent withdrawal"))

Mail("it-request-portabilita-e-cancellazione.eml",
     frm="Luca Conti <luca.conti@pec.example>", subject="Richiesta portabilità e successiva cancellazione",
     date="2026-11-20 15:15 +0100", client="outlook", charset="iso-8859-1",
     text=dedent("""
        Spett.le 3DPros LLC,

        il sottoscritto Luca Conti chiede, ai sensi degli artt. 20 e 17 del GDPR, di ricevere i propri dati
        personali in formato strutturato e leggibile da dispositivo automatico e, successivamente, la
        cancellazione degli stessi.

        Distinti saluti
        Luca Conti
        Bologna
        """),
     label=req(["portability", "deletion"], ["gdpr"], "it", "Luca Conti", "luca.conti@pec.example",
               "portability then deletion, iso-8859-1"))

Mail("it-request-limitazione.eml",
     frm="Sara Marino <sara.marino@example.it>", subject="Limitazione del trattamento",
     date="2026-11-24 10:02 +0100", client="yahoo",
     text=dedent("""
        Buongiorno,
        vi chiedo di limitare il trattamento dei miei dati (art. 18 GDPR) finché non verificate l'esattezza
        dell'indirizzo di fatturazione che contesto. Non cancellate nulla per ora.
        Grazie,
        Sara Marino
        """),
     label=req(["restriction"], ["gdpr"], "it", "Sara Marino", "sara.marino@example.it",
               "Italian Art. 18 restriction"))

# ================================================================== Portuguese

Mail("pt-request-lgpd-acesso.eml",
     frm="Ana Paula Souza <anapaula.souza@uol.example>", subject="Solicitação de acesso aos meus dados (LGPD)",
     date="2026-11-05 13:10 -0300", client="gmail", auto_html=True,
     text=dedent("""
        Prezados,

        Com base no art. 18 da Lei Geral de Proteção de Dados (Lei nº 13.709/2018), solicito a confirmação
        da existência de tratamento e o acesso aos meus dados pessoais, bem como informações sobre com quem
        foram compartilhados.

        Atenciosamente,
        Ana Paula Souza
        São Paulo - SP
        """),
     label=req(["access"], [], "pt", "Ana Paula Souza", "anapaula.souza@uol.example",
               "Brazilian LGPD access; LGPD is not a supported regime so no regime hint"))

Mail("pt-request-eliminacao-portugal.eml",
     frm="João Pereira <joao.pereira@sapo.example>", subject="Pedido de apagamento de dados",
     date="2026-11-10 10:30 +0000", client="outlook", charset="windows-1252",
     text=dedent("""
        Exmos. Senhores,

        Ao abrigo do artigo 17.º do RGPD, venho solicitar o apagamento de todos os dados pessoais que
        detêm a meu respeito.

        Com os melhores cumprimentos,
        João Pereira
        Lisboa, Portugal
        """),
     label=req(["deletion"], ["gdpr"], "pt", "João Pereira", "joao.pereira@sapo.example",
               "European Portuguese Art. 17, windows-1252"))

Mail("pt-request-lgpd-exclusao.eml",
     frm="Rafael Lima <rafa.lima@example.com.br>", subject="excluir meus dados", date="2026-11-14 21:00 -0300",
     client="gmail",
     text="Oi, quero que vocês excluam minha conta e todos os meus dados pessoais, conforme a LGPD. Obrigado, Rafael\n",
     label=req(["deletion"], [], "pt", "Rafael Lima", "rafa.lima@example.com.br",
               "informal Brazilian deletion"))

Mail("pt-request-retificacao.eml",
     frm="Beatriz Costa <beatriz.costa@example.pt>", subject="Retificação dos meus dados pessoais",
     date="2026-11-18 16:40 +0000", client="thunderbird",
     text=dedent("""
        Boa tarde,

        O meu apelido está incorreto no vosso sistema ("Costta") e o NIF associado à minha conta não é o
        meu. Solicito a retificação destes dados, nos termos do artigo 16.º do RGPD.

        Obrigada,
        Beatriz Costa
        Porto
        """),
     label=req(["correction"], ["gdpr"], "pt", "Beatriz Costa", "beatriz.costa@example.pt",
               "Portuguese rectification"))

Mail("pt-request-oposicao-marketing.eml",
     frm="Fernanda Alves <fernanda.alves@bol.example>", subject="Não quero mais receber e-mails",
     date="2026-10-30 09:15 -0300", client="yahoo",
     text=dedent("""
        Olá,
        por favor, retirem meu e-mail da lista de marketing. Não quero mais receber promoções nem
        newsletters.
        Fernanda
        """),
     label=req(["opt_out_marketing"], [], "pt", "Fernanda Alves", "fernanda.alves@bol.example",
               "Portuguese marketing opt-out"))

Mail("pt-request-portabilidade.eml",
     frm="Tiago Rodrigues <tiago.rodrigues@example.pt>", subject="Portabilidade dos dados",
     date="2026-11-21 11:50 +0000", client="apple",
     text=dedent("""
        Olá,

        Gostaria de exercer o direito de portabilidade (art. 20.º RGPD): enviem-me os dados que vos
        forneci num formato estruturado e de leitura automática.

        Cumprimentos,
        Tiago Rodrigues
        """),
     label=req(["portability"], ["gdpr"], "pt", "Tiago Rodrigues", "tiago.rodrigues@example.pt",
               "Portuguese portability"))

Mail("pt-request-acesso-eliminacao-html.eml",
     frm="Mariana Oliveira <mariana.oliveira@example.com.br>", subject="Meus dados",
     date="2026-11-23 19:05 -0300", client="outlook", html_only=True,
     text=dedent("""
        Olá equipe 3DPros,

        Quero saber quais dados pessoais vocês têm sobre mim e depois que vocês apaguem tudo. Comprei um
        suporte para celular em 2025.

        Mariana Oliveira
        Curitiba
        """),
     label=req(["access", "deletion"], [], "pt", "Mariana Oliveira", "mariana.oliveira@example.com.br",
               "HTML-only Brazilian access + deletion"))

# ================================================================== Dutch

Mail("nl-request-inzage-avg.eml",
     frm="Pieter Janssen <pieter.janssen@kpn.example>", subject="Inzageverzoek AVG",
     date="2026-11-03 10:05 +0100", client="outlook", auto_html=True,
     text=dedent("""
        Geachte heer/mevrouw,

        Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij
        inzage te geven in de persoonsgegevens die u van mij verwerkt, inclusief een kopie, de doeleinden,
        de ontvangers en de bewaartermijn.

        Met vriendelijke groet,
        Pieter Janssen
        Amsterdam
        """),
     label=req(["access"], ["gdpr"], "nl", "Pieter Janssen", "pieter.janssen@kpn.example",
               "Dutch AVG inzageverzoek"))

Mail("nl-request-verwijdering-kort.eml",
     frm="Femke Bakker <femke.bakker@example.nl>", subject="account verwijderen", date="2026-11-08 12:01 +0100",
     client="gmail",
     text="Hoi, willen jullie mijn account en al mijn gegevens verwijderen? Dank je! Femke\n",
     label=req(["deletion"], [], "nl", "Femke Bakker", "femke.bakker@example.nl",
               "short Dutch deletion"))

Mail("nl-request-bezwaar-profilering.eml",
     frm="Sander Visser <s.visser@example.nl>", subject="Bezwaar tegen verwerking",
     date="2026-11-12 14:44 +0100", client="thunderbird",
     text=dedent("""
        Geachte 3DPros,

        Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens op basis van uw gerechtvaardigd
        belang, in het bijzonder het analyseren van mijn surfgedrag en het opstellen van een profiel
        (artikel 21 lid 1 AVG).

        Met vriendelijke groet,
        Sander Visser
        Rotterdam
        """),
     label=req(["objection"], ["gdpr"], "nl", "Sander Visser", "s.visser@example.nl",
               "Dutch Art. 21(1) objection"))

Mail("nl-request-afmelden-marketing.eml",
     frm="Lotte de Boer <lotte.deboer@ziggo.example>", subject="Afmelden", date="2026-11-16 08:20 +0100",
     client="apple",
     text="Graag wil ik me afmelden voor jullie nieuwsbrief en geen reclame meer ontvangen.\n\nGroetjes,\nLotte\n",
     label=req(["opt_out_marketing"], [], "nl", "Lotte de Boer", "lotte.deboer@ziggo.example",
               "Dutch unsubscribe"))

Mail("nl-request-correctie.eml",
     frm="Jeroen Smit <jeroen.smit@example.nl>", subject="Correctie persoonsgegevens",
     date="2026-11-19 17:17 +0100", client="outlook",
     text=dedent("""
        Goedemiddag,

        Mijn achternaam staat verkeerd in jullie klantgegevens (Smits in plaats van Smit). Ik verzoek u dit
        te corrigeren op grond van artikel 16 AVG.

        Groet,
        Jeroen Smit
        """),
     label=req(["correction"], ["gdpr"], "nl", "Jeroen Smit", "jeroen.smit@example.nl",
               "Dutch rectification"))

Mail("nl-request-intrekken-toestemming.eml",
     frm="Eva Mulder <eva.mulder@example.nl>", subject="Toestemming intrekken", date="2026-10-24 11:30 +0200",
     client="gmail",
     text=dedent("""
        Hallo,

        Hierbij trek ik mijn toestemming in voor het gebruik van mijn gegevens voor analyse en voor het
        plaatsen van mijn foto's op jullie website.

        Groeten,
        Eva Mulder
        """),
     label=req(["withdraw_consent"], [], "nl", "Eva Mulder", "eva.mulder@example.nl",
               "Dutch consent withdrawal"))

Mail("nl-request-belgie-inzage-verwijdering.eml",
     frm="Wouter Peeters <wouter.peeters@telenet.example>", subject="Vraag ivm mijn gegevens",
     date="2026-11-22 09:48 +0100", client="outlook", charset="windows-1252",
     text=dedent("""
        Beste,

        Graag had ik een overzicht gekregen van alle persoonsgegevens die jullie over mij bijhouden. Daarna
        wil ik dat jullie alles wissen. Ik woon in Gent, België.

        Met vriendelijke groeten,
        Wouter Peeters
        """),
     label=req(["access", "deletion"], ["gdpr"], "nl", "Wouter Peeters", "wouter.peeters@telenet.example",
               "Flemish access + deletion, vague subject"))

Mail("nl-request-dataportabiliteit-id.eml",
     frm="Noor Hendriks <noor.hendriks@example.nl>", subject="Overdraagbaarheid van mijn gegevens",
     date="2026-11-06 16:36 +0100", client="gmail",
     attachments=[jpeg("ID_afgeschermd.jpg")],
     text=dedent("""
        Hallo 3DPros,

        Ik wil gebruik maken van mijn recht op overdraagbaarheid (art. 20 AVG). Stuur mij alstublieft mijn
        gegevens in een gangbaar, machineleesbaar formaat (bijv. CSV). Een afgeschermde kopie van mijn ID
        zit als bijlage bij deze mail.

        Noor Hendriks
        Eindhoven
        """),
     label=req(["portability"], ["gdpr"], "nl", "Noor Hendriks", "noor.hendriks@example.nl",
               "Dutch portability with ID attached up front"))

# ================================================================== additions: rarer types / shapes

Mail("es-request-shine-the-light-california.eml",
     frm="Guadalupe Reyes <lupe.reyes@example.com>", subject="Solicitud - Shine the Light (California)",
     date="2026-11-11 19:40 -0800", client="gmail",
     text=dedent("""
        Hola,

        Soy residente de California. De acuerdo con la ley "Shine the Light" (Código Civil de California,
        sección 1798.83), les pido que me digan a qué empresas le dieron mi información personal para sus
        propios fines de mercadeo durante el año pasado, y qué tipo de información compartieron.

        Gracias,
        Guadalupe Reyes
        Bakersfield, CA
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "es", "Guadalupe Reyes", "lupe.reyes@example.com",
               "Spanish-language Shine the Light request from California"))

Mail("fr-request-reclamation-cnil.eml",
     frm="Bernard Rousseau <bernard.rousseau@wanadoo.example>", subject="Réclamation",
     date="2026-11-18 11:05 +0100", client="outlook", charset="iso-8859-1", auto_html=True,
     text=dedent("""
        Madame, Monsieur,

        Je tiens à vous faire part de mon mécontentement quant à la façon dont vous traitez mes données
        personnelles : vous avez publié sur votre page Facebook une photo de mon colis sur laquelle on lit
        mon nom et mon adresse complète. Je n'ai jamais donné mon accord.

        Je vous demande des explications. À défaut de réponse satisfaisante, je saisirai la CNIL.

        Bernard Rousseau
        Rennes
        """),
     label=req(["complaint"], ["gdpr"], "fr", "Bernard Rousseau", "bernard.rousseau@wanadoo.example",
               "French complaint about a published photo showing his address; threatens CNIL"))

Mail("de-request-html-only-loeschung-werbung.eml",
     frm="Petra Zimmermann <petra.zimmermann@t-online.example>", subject="Daten löschen + keine Werbung mehr",
     date="2026-11-15 20:30 +0100", client="outlook", charset="iso-8859-1", html_only=True,
     text=dedent("""
        Hallo,

        bitte löschen Sie mein Kundenkonto mit allen Daten. Bis das erledigt ist, möchte ich außerdem keine
        Werbe-E-Mails mehr von Ihnen bekommen.

        Danke
        Petra Zimmermann
        """),
     label=req(["deletion", "opt_out_marketing"], [], "de", "Petra Zimmermann", "petra.zimmermann@t-online.example",
               "HTML-only Outlook mail in iso-8859-1, deletion + marketing stop"))

Mail("pt-request-acesso-base64-cp1252.eml",
     frm="Inês Carvalho <ines.carvalho@sapo.example>", subject="Pedido de acesso – RGPD",
     date="2026-11-02 09:15 +0000", client="mutt", charset="windows-1252", cte="base64",
     text=dedent("""
        Bom dia,

        Ao abrigo do artigo 15.º do RGPD, solicito o acesso a todos os dados pessoais que a 3DPros detém
        sobre mim, bem como a indicação das finalidades e dos destinatários.

        Com os melhores cumprimentos,
        Inês Carvalho
        Coimbra
        """),
     label=req(["access"], ["gdpr"], "pt", "Inês Carvalho", "ines.carvalho@sapo.example",
               "base64 body in windows-1252"))

Mail("it-request-delega-familiare.eml",
     frm="Roberto Gallo <roberto.gallo@example.it>", subject="Richiesta per conto di mia madre",
     date="2026-11-19 17:00 +0100", client="gmail", attachments=[pdf("delega_Anna_Gallo.pdf", "delega")],
     text=dedent("""
        Buonasera,

        scrivo per conto di mia madre, Anna Gallo (anna.gallo@example.it), che non usa più la posta
        elettronica. In allegato la sua delega firmata e copia del suo documento.

        Vi chiediamo di cancellare il suo account e tutti i suoi dati personali.

        Cordiali saluti,
        Roberto Gallo
        Verona
        """),
     label=req(["deletion"], ["gdpr"], "it", "Anna Gallo", "anna.gallo@example.it",
               "Italian son acting for his mother with a signed delega",
               agent=("Roberto Gallo", "roberto.gallo@example.it"), agent_for=("Anna Gallo", "anna.gallo@example.it")))
