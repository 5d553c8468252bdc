"""Non-English privacy requests (hand-written)."""
from kit import M, SHOP, SHOP_NAME

# ---------------- German ----------------
M("de-request-dsgvo-auskunft-art15.eml", style="outlook", frm=("Dr. Friederike Albrecht-Sommer", "f.albrecht-sommer@example.de"),
  subj="Auskunftsersuchen nach Art. 15 DSGVO", date="2027-02-03 09:20 +0100", clang="de-DE",
  body="""Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir eine Kopie dieser Daten zur Verfügung, einschließlich Zwecken, Empfängern, Speicherdauer und Herkunft der Daten.

Zur Identifizierung: Bestellungen 3DP-39904 und 3DP-41876, E-Mail-Adresse f.albrecht-sommer@example.de.

Ich bitte um Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Friederike Albrecht-Sommer
Heidelberg
""",
  types=["access"], regimes=["gdpr"], notes="Formal Art. 15 letter, windows-1252 QP.")

M("de-request-konto-loeschen-handy.eml", style="iphone", frm=("Jonas Brückner", "jonas.brueckner@example.de"),
  subj="Konto löschen", date="2027-02-14 21:44 +0100", hmode="Q",
  body="""Hi, könnt ihr bitte mein konto löschen? brauch das nicht mehr, hab jetzt nen eigenen drucker 😅 und die ganzen daten von mir dann bitte auch weg

Grüße aus Leipzig
Jonas

Von meinem iPhone gesendet""",
  types=["deletion"], regimes=["gdpr"], notes="Casual German from a phone; Leipzig in signature.")

M("de-request-widerspruch-werbung-wien.eml", style="gmx", frm=("Ingrid Haslinger", "ingrid.haslinger@example.at"),
  subj="Widerspruch Werbung", date="2027-03-02 10:10 +0100",
  body="""Guten Tag,

ich widerspreche der Verwendung meiner Daten für Werbezwecke (Art. 21 Abs. 2 DSGVO). Bitte keine Newsletter und keine Angebote mehr an mich.

Freundliche Grüße
Ingrid Haslinger
Wien
""",
  types=["opt_out_marketing"], regimes=["gdpr"], notes="Art. 21(2) = opt_out_marketing; Vienna, Austria.")

M("de-request-schwiizerduetsch-zurich.eml", style="apple", frm=("Reto Zürcher", "reto.zuercher@example.ch"),
  subj="Mini Date", date="2027-03-09 18:05 +0100",
  body="""Grüezi mitenand

Chönd Sie mir bitte säge, was Sie alles über mich gspeicheret händ? Und nachher wett ich, dass Sie alles lösched – ich bstell nüme bi Ihne.

Merci vilmal
Reto Zürcher
Züri
""",
  types=["access", "deletion"], regimes=["fadp"],
  notes="Swiss German dialect (labelled de). Zürich = Switzerland -> fadp, no law named.")

M("de-request-betreff-only.eml", style="plain", frm=("", "m.oberhuber@example.de"),
  subj="Datenlöschung Kundenkonto bitte", date="2027-03-20 07:30 +0100", body="",
  types=["deletion"], regimes=[], requester=("", "m.oberhuber@example.de"),
  notes="Subject only, empty body; .de address alone gives no regime.")

M("de-request-einschraenkung-widerspruch-berlin.eml", style="thunderbird", frm=("Kerstin Wöhlke", "kerstin.woehlke@example.de"),
  charset="iso-8859-1", cte="8bit", clang="de-DE",
  subj="Einschränkung der Verarbeitung", date="2027-04-05 16:45 +0200",
  body="""Hallo,

ich habe Widerspruch gegen die Auswertung meiner Bestellhistorie für Ihre "Empfehlungen" eingelegt (nach Art. 21 Abs. 1 DSGVO) und tue das hiermit nochmal schriftlich. Bis Sie darüber entschieden haben, verlange ich die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. d DSGVO.

Viele Grüße
Kerstin Wöhlke
Berlin
""",
  types=["objection", "restriction"], regimes=["gdpr"], notes="Latin-1 8bit Thunderbird; objection + restriction pending.")

# ---------------- French ----------------
M("fr-request-rgpd-acces-rectification-lyon.eml", style="thunderbird", frm=("Bérénice Faucher", "berenice.faucher@example.fr"),
  charset="iso-8859-1", cte="8bit", clang="fr", hcharset="iso-8859-1",
  subj="Demande d'accès et de rectification (RGPD)", date="2027-02-07 11:25 +0100",
  body="""Bonjour,

Conformément aux articles 15 et 16 du RGPD, je vous demande :
- une copie des données personnelles me concernant que vous détenez ;
- la rectification de mon adresse e-mail de contact, qui comporte une faute (« berenice.fauchet » au lieu de « berenice.faucher »).

Cordialement,
Bérénice Faucher
Lyon
""",
  types=["access", "correction"], regimes=["gdpr"], notes="Latin-1 8bit, Latin-1 encoded From name.")

M("fr-request-supprimez-etsy-liege.eml", style="iphone", frm=("Loïc Vandenheede", "loic.vdh@example.be"),
  subj="mes infos", date="2027-02-21 22:02 +0100",
  body="""Bonsoir, j'ai commandé le support de casque via Etsy en janvier. Vous pouvez supprimer toutes mes infos chez vous svp ? merci bcp

Loïc (Liège)

Envoyé de mon iPhone""",
  types=["deletion"], regimes=["gdpr"], notes="Casual; Liège = Belgium.")

M("fr-request-quebec-loi25-retrait.eml", style="outlook", frm=("Geneviève Tremblay-Ouellet", "gtremblay.ouellet@example.qc.ca"),
  subj="Retrait de mon consentement et suppression", date="2027-03-03 13:13 -0500", clang="fr-CA",
  body="""Bonjour,

En vertu de la Loi 25 sur la protection des renseignements personnels, je retire mon consentement à l'utilisation de mes renseignements à des fins de promotion et de sondage. Je vous demande aussi de détruire mes renseignements personnels une fois ma dernière commande livrée (commande 3DP-43102, des pièces pour la Fab Lab de l'école).

Merci et bonne journée,
Geneviève Tremblay-Ouellet
Trois-Rivières (Québec)
""",
  types=["withdraw_consent", "deletion"], regimes=["quebec"],
  notes="Québec French, Loi 25; withdraw consent for promotion/surveys; could also add opt_out_marketing - kept to what she names.")

M("fr-request-opposition-profilage-toulouse.eml", style="gmail", frm=("Anthony Lacaze", "anthony.lacaze@example.fr"),
  subj="Opposition au traitement", date="2027-03-23 09:50 +0100",
  body="""Bonjour,

Je m'oppose, pour des raisons tenant à ma situation particulière (article 21.1 du RGPD), au traitement de mes données à des fins de statistiques et de profilage client. Merci de me confirmer la prise en compte.

Anthony Lacaze
Toulouse
""",
  types=["objection"], regimes=["gdpr"], notes="Art. 21(1) objection.")

M("fr-request-portabilite-fablab-nantes.eml", style="gmail", frm=("Nolwenn Le Goff", "nolwenn.legoff@fablab-erdre.example"),
  subj="Récupérer mes fichiers et mon historique", date="2027-04-09 15:00 +0200",
  body="""Bonjour l'équipe,

Je gère les commandes d'impression de notre fablab à Nantes depuis mon compte perso. On change de prestataire : pouvez-vous m'envoyer mes données (historique de commandes, fichiers STL envoyés, profils d'impression) dans un format réutilisable, genre CSV + les fichiers d'origine ? C'est mon droit à la portabilité il me semble.

Merci !
Nolwenn
""",
  types=["portability"], regimes=["gdpr"], notes="Portability; Nantes = France.")

# ---------------- Spanish ----------------
M("es-request-supresion-publicidad-valencia.eml", style="gmail", frm=("Xavier Ortolà Pons", "xortola@example.es"),
  subj="Borrar mis datos y no más publicidad", date="2027-02-16 17:30 +0100",
  body="""Hola,

Por favor, borrad todos mis datos personales y no me mandéis más correos publicitarios. Compré un par de cosas para el taller de robótica del cole de mi hija, pero ya no necesito la cuenta.

Un saludo,
Xavier
València
""",
  types=["deletion", "opt_out_marketing"], regimes=["gdpr"], notes="Valencia = Spain.")

M("es-request-acceso-lopdgdd-madrid.eml", style="outlook", frm=("María Teresa Villalba Gómez", "mt.villalba@example.es"),
  subj="Ejercicio del derecho de acceso", date="2027-03-10 12:00 +0100", clang="es-ES",
  body="""Estimados señores:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del RGPD y en el artículo 13 de la LOPDGDD, y solicito que me faciliten copia de los datos personales que tratan sobre mí.

Referencia de pedido: 3DP-42318.

Atentamente,
María Teresa Villalba Gómez
Madrid
""",
  types=["access"], regimes=["gdpr"], notes="Formal access letter.")

M("es-request-mexico-arco-cancelacion.eml", style="gmail", frm=("Rodrigo Anaya Salcedo", "rodrigo.anaya@example.com.mx"),
  subj="Solicitud de cancelación (derechos ARCO)", date="2027-04-03 10:10 -0600",
  body="""Buen día,

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito la cancelación de mis datos personales de sus bases de datos.

Nombre: Rodrigo Anaya Salcedo
Correo: rodrigo.anaya@example.com.mx
Ciudad: Guadalajara, Jalisco, México

Gracias.
""",
  types=["deletion"], regimes=[], notes="Mexican ARCO cancellation -> deletion; Mexico gives no regime.")

# ---------------- Italian ----------------
M("it-request-cancellazione-milano.eml", style="iphone", frm=("Federica Colombo", "fede.colombo@example.it"),
  subj="cancellazione account", date="2027-02-18 08:10 +0100",
  body="""Buongiorno, vorrei che cancellaste il mio account e tutti i miei dati. Grazie mille

Federica
Milano

Inviato da iPhone""",
  types=["deletion"], regimes=["gdpr"], notes="Short deletion; Milan.")

M("it-request-rettifica-limitazione-bologna.eml", style="thunderbird", frm=("Lorenzo Ferretti", "lorenzo.ferretti@example.it"),
  subj="Rettifica dati e limitazione", date="2027-03-16 19:20 +0100",
  body="""Salve,

nel mio profilo cliente risultano un indirizzo e un numero di telefono sbagliati (via Saragozza 12, non 21; tel. che finisce con 338). Vi chiedo di rettificarli e, finché non lo avete fatto, di limitare il trattamento dei miei dati come previsto dal GDPR.

Cordiali saluti
Lorenzo Ferretti
Bologna
""",
  types=["correction", "restriction"], regimes=["gdpr"],
  notes="Correction of the customer profile address (not an order shipping address) + restriction.")

M("it-request-revoca-consenso-foto-torino.eml", style="gmail", frm=("Giulia Bertone", "giulia.bertone@example.it"),
  subj="Revoca consenso foto", date="2027-04-07 11:45 +0200",
  body="""Ciao!

A novembre vi avevo dato il permesso di pubblicare su Instagram la foto del plastico del nostro laboratorio di scuola con me e i ragazzi. Revoco il consenso: per favore toglietela e non usatela più.

Grazie,
Giulia Bertone
Torino
""",
  types=["withdraw_consent"], regimes=["gdpr"], notes="Withdrawal of photo consent.")

# ---------------- Portuguese ----------------
M("pt-request-apagar-dados-lisboa.eml", style="gmail", frm=("João Pedro Mendonça", "jp.mendonca@example.pt"),
  subj="RGPD – acesso e eliminação dos meus dados", date="2027-02-25 14:14 +0000",
  body="""Boa tarde,

Ao abrigo do RGPD, peço que me enviem uma cópia de todos os dados pessoais que têm sobre mim e que depois os eliminem.

Obrigado,
João Pedro Mendonça
Lisboa
""",
  types=["access", "deletion"], regimes=["gdpr"], notes="Lisbon.")

M("pt-request-lgpd-sao-paulo.eml", style="gmail", frm=("Thaís Cavalcanti", "thais.cavalcanti@example.com.br"),
  subj="Solicitação LGPD - acesso e portabilidade", date="2027-03-12 09:33 -0300",
  body="""Olá, tudo bem?

Com base na LGPD (Lei 13.709/2018), quero confirmar se vocês tratam meus dados, receber uma cópia deles e também a portabilidade dos meus arquivos e histórico de pedidos pra outro fornecedor.

Valeu!
Thaís Cavalcanti
São Paulo - SP
""",
  types=["access", "portability"], regimes=["br_lgpd"], notes="Brazilian Portuguese; LGPD.")

M("pt-request-sem-marketing-porto.eml", style="iphone", frm=("Rui Magalhães", "rui.magalhaes@example.pt"),
  subj="newsletter", date="2027-04-10 20:40 +0100",
  body="""Boa noite, deixem de me mandar newsletters e promoções por favor. Já tentei o link mas continuo a receber

Rui, Porto

Enviado do meu iPhone""",
  types=["opt_out_marketing"], regimes=["gdpr"], notes="Opt-out after a failed unsubscribe.")

# ---------------- Dutch ----------------
M("nl-request-verwijderen-avg-utrecht.eml", style="gmail", frm=("Sanne de Wit-Hoekstra", "sanne.dewit@example.nl"),
  subj="Verzoek tot verwijdering (AVG)", date="2027-02-09 10:55 +0100",
  body="""Beste 3DPros,

Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te verwijderen, inclusief de bestanden die ik heb geüpload.

Met vriendelijke groet,
Sanne de Wit-Hoekstra
Utrecht
""",
  types=["deletion"], regimes=["gdpr"], notes="AVG erasure.")

M("nl-request-inzage-leerkracht-gent.eml", style="outlook", frm=("Pieter-Jan Claeys", "pj.claeys@sint-lucas-gent.example"),
  subj="Inzage in mijn gegevens", date="2027-03-01 15:30 +0100", clang="nl-BE",
  body="""Goedemiddag,

Ik bestel al een paar jaar bij jullie voor de STEM-klas, soms via de school en soms privé. Graag had ik een overzicht gekregen van alle persoonsgegevens die jullie over mij persoonlijk bewaren, met een kopie.

Vriendelijke groeten,
Pieter-Jan Claeys
Leerkracht STEM, Gent
""",
  types=["access"], regimes=["gdpr"], notes="Flemish teacher asks for his own data; Ghent = Belgium.")

M("nl-request-bezwaar-niet-doorverkopen.eml", style="gmail", frm=("Daan Verbruggen", "daan.verbruggen@example.nl"),
  subj="bezwaar + niet doorverkopen", date="2027-03-27 22:10 +0100",
  body="""Hoi,

Ik maak bezwaar tegen het gebruik van mijn bestelgeschiedenis voor jullie "klantprofielen" en ik wil niet dat mijn gegevens worden verkocht of gedeeld met andere bedrijven.

Groet,
Daan
Eindhoven
""",
  types=["objection", "opt_out_sale"], regimes=["gdpr"], notes="Objection to profiling + don't sell/share.")

# ---------------- Polish ----------------
M("pl-request-usuniecie-rodo-wroclaw.eml", style="thunderbird", frm=("Małgorzata Zielińska", "m.zielinska@example.pl"),
  subj="Żądanie usunięcia danych (art. 17 RODO)", date="2027-02-11 12:30 +0100", hmode="B",
  body="""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych osobowych przetwarzanych przez Państwa firmę.

Z poważaniem
Małgorzata Zielińska
Wrocław
""",
  types=["deletion"], regimes=["gdpr"], notes="RODO erasure; B-encoded subject and name.")

M("pl-request-insta-dm-fwd.eml", style="fwd", frm=(SHOP_NAME, SHOP), to=("", SHOP),
  subj="Fwd: Instagram DM - polish customer", date="2027-03-04 09:15 -0600",
  body="""Got this DM on Instagram, google translate says she wants her data + her photo removed. Adding to the queue. -M

---------- Forwarded message ---------
From: Marco @ 3DPros <3dprosteam@gmail.com>
Date: Thu, Mar 4, 2027 at 9:12 AM
Subject: Instagram DM - polish customer

@ola.druk3d (Aleksandra Wiśniewska) wrote on Instagram, Mar 3, 2027 11:48 PM:

Cześć, zamawiałam u was breloczki z logo mojego koła robotyki w Gdańsku. Proszę usuńcie moje dane z waszego systemu i zdjęcie ze mną z waszego profilu, nie chcę tam być. Dzięki!
""",
  types=["deletion"], regimes=["gdpr"], requester=("Aleksandra Wiśniewska", ""),
  notes="Staff forward of an Instagram DM in Polish under an English staff note; labelled pl. Photo removal from our profile read as part of deletion.")

M("pl-request-trzeci-raz-newsletter-poznan.eml", style="gmail", frm=("Bartosz Kaczmarek", "bartek.kaczmarek@example.pl"),
  subj="PO RAZ TRZECI - newsletter", date="2027-04-13 08:05 +0200",
  body="""Piszę już trzeci raz i nikt mi nie odpowiada. Nie chcę dostawać waszych newsletterów ani SMS-ów z promocjami. To, że ignorujecie moje wiadomości, to skandal i jeśli dalej będziecie mnie spamować, złożę skargę do UODO.

Bartosz Kaczmarek
Poznań
""",
  types=["opt_out_marketing", "complaint"], regimes=["gdpr"], notes="Complaint about ignored requests + opt-out.")

# ---------------- Swedish ----------------
M("sv-request-radera-goteborg.eml", style="iphone", frm=("Elin Sjöberg", "elin.sjoberg@example.se"),
  subj="Radera mitt konto", date="2027-02-19 19:00 +0100",
  body="""Hej! Kan ni radera mitt konto och alla uppgifter om mig? Tack!

/Elin, Göteborg

Skickat från min iPhone""",
  types=["deletion"], regimes=["gdpr"], notes="Short; Gothenburg.")

M("sv-request-registerutdrag-gdpr.eml", style="outlook", frm=("Gustav Lindahl", "gustav.lindahl@example.se"),
  subj="Begäran om registerutdrag enligt GDPR", date="2027-03-08 10:00 +0100", clang="sv-SE",
  body="""Hej,

Jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR) med alla personuppgifter som ni behandlar om mig.

Vänliga hälsningar
Gustav Lindahl
Linköping
""",
  types=["access"], regimes=["gdpr"], notes="Registerutdrag = access.")

M("sv-request-makerspace-samtycke-malmo.eml", style="gmail", frm=("Amira Haddad", "amira.haddad@example.se"),
  subj="Återkallar samtycke – bilder från makerspace-kvällen", date="2027-04-16 13:20 +0200",
  body="""Hej 3DPros,

Jag gav er mitt samtycke att använda bilder från er workshop på Malmö makerspace i februari där jag syns. Jag återkallar det samtycket nu, så ta gärna bort bilderna där jag är med från hemsidan och Facebook.

Mvh
Amira Haddad
""",
  types=["withdraw_consent"], regimes=["gdpr"], notes="Consent withdrawal; Malmö = Sweden.")

# ---------------- Danish ----------------
M("da-request-indsigt-dataportabilitet-aarhus.eml", style="gmail", frm=("Frederik Østergaard", "frederik.ostergaard@example.dk"),
  subj="Indsigt og dataportabilitet", date="2027-02-27 11:11 +0100",
  body="""Hej,

Jeg vil gerne have indsigt i de personoplysninger, I har om mig, og have mine ordredata og uploadede filer udleveret i et maskinlæsbart format (dataportabilitet).

Venlig hilsen
Frederik Østergaard
Aarhus
""",
  types=["access", "portability"], regimes=["gdpr"], notes="Access + portability.")

M("da-request-slet-nyhedsbrev-kbh.eml", style="iphone", frm=("Sofie Bech", "sofie.bech@example.dk"),
  subj="slet mig", date="2027-04-04 09:09 +0200",
  body="""Hej, vil I slette mine oplysninger og stoppe nyhedsbrevet? Mvh Sofie, Kbh

Sendt fra min iPhone""",
  types=["deletion", "opt_out_marketing"], regimes=["gdpr"], notes="Kbh = København, Denmark.")

# ---------------- Czech ----------------
M("cs-request-vymaz-brno.eml", style="gmail", frm=("Tereza Dvořáková", "tereza.dvorakova@example.cz"),
  subj="Žádost o výmaz osobních údajů", date="2027-02-22 14:40 +0100",
  body="""Dobrý den,

žádám o výmaz všech mých osobních údajů podle čl. 17 GDPR. Objednávala jsem u vás díly pro školní robotický kroužek, ale účet už nepotřebuji.

S pozdravem
Tereza Dvořáková
Brno
""",
  types=["deletion"], regimes=["gdpr"], notes="Czech erasure.")

M("cs-request-oprava-udaju-praha.eml", style="b64", frm=("Vojtěch Novák", "vojtech.novak@example.cz"),
  subj="Oprava údajů v mém účtu", date="2027-03-30 08:50 +0200", hmode="B",
  body="""Dobrý den,

v mém zákaznickém účtu mám špatně příjmení (Novak místo Novák) a staré telefonní číslo. Prosím o opravu, nové číslo je +420 601 555 019.

Děkuji
Vojtěch Novák
Praha
""",
  types=["correction"], regimes=["gdpr"], notes="Base64 body; correction of name and phone in the account.")

# ---------------- single languages ----------------
M("no-request-innsyn-sletting-oslo.eml", style="gmail", frm=("Håkon Bjørnstad", "hakon.bjornstad@example.no"),
  subj="Innsyn og sletting", date="2027-03-05 12:25 +0100",
  body="""Hei,

Jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg, og deretter at alt slettes.

Hilsen
Håkon Bjørnstad
Oslo
""",
  types=["access", "deletion"], regimes=["gdpr"], notes="Norway is EEA -> gdpr.")

M("fi-request-tietojen-poisto-tampere.eml", style="gmail", frm=("Veera Mäkinen", "veera.makinen@example.fi"),
  subj="Tietojeni poistaminen", date="2027-03-13 10:30 +0200",
  body="""Hei,

Pyydän, että poistatte kaikki minua koskevat henkilötiedot järjestelmistänne ja suljette asiakastilini.

Ystävällisin terveisin
Veera Mäkinen
Tampere
""",
  types=["deletion"], regimes=["gdpr"], notes="Finnish deletion.")

M("hu-request-torles-budapest.eml", style="gmail", frm=("Kovács Eszter", "kovacs.eszter@example.hu"),
  subj="Adataim törlése", date="2027-03-18 09:45 +0100",
  body="""Tisztelt Cím!

Kérem, hogy a GDPR 17. cikke alapján töröljék az összes rólam tárolt személyes adatot.

Üdvözlettel:
Kovács Eszter
Budapest
""",
  types=["deletion"], regimes=["gdpr"], notes="Hungarian deletion.")

M("sk-request-pristup-bratislava.eml", style="thunderbird", frm=("Martin Hudák", "martin.hudak@example.sk"),
  subj="Žiadosť o prístup k osobným údajom", date="2027-04-02 17:05 +0200",
  body="""Dobrý deň,

žiadam o potvrdenie, či spracúvate moje osobné údaje, a o ich kópiu podľa článku 15 GDPR.

S pozdravom
Martin Hudák
Bratislava
""",
  types=["access"], regimes=["gdpr"], notes="Slovak access.")

M("et-request-ara-jagage-tallinn.eml", style="gmail", frm=("Kadri Tamm", "kadri.tamm@example.ee"),
  subj="Minu andmete jagamine", date="2027-04-11 12:00 +0300",
  body="""Tere,

palun ärge müüge ega jagage minu isikuandmeid kolmandate osapooltega. Ostsin teie käest kooli robootikaringi jaoks detaile.

Lugupidamisega
Kadri Tamm
Tallinn
""",
  types=["opt_out_sale"], regimes=["gdpr"], notes="Estonian; don't sell/share.")

M("ja-request-kaiji-seikyu.eml", style="gmail", frm=("佐藤 美咲", "misaki.sato@example.jp"), hmode="B",
  subj="保有個人データの開示請求について", date="2027-03-25 10:00 +0900",
  body="""3DPros ご担当者様

個人情報保護法に基づき、貴社が保有している私の個人データの開示を請求いたします。
注文番号：3DP-42655
メールアドレス：misaki.sato@example.jp

よろしくお願いいたします。
佐藤 美咲
""",
  types=["access"], regimes=[], notes="APPI disclosure request; Japan gives no regime.")

M("ko-request-gaein-jeongbo-sakje.eml", style="b64", frm=("이서연", "seoyeon.lee@example.kr"), hmode="B",
  subj="개인정보 삭제 요청", date="2027-04-06 14:30 +0900",
  body="""안녕하세요,

제 계정과 개인정보를 모두 삭제해 주세요. 작년에 학교 메이커 동아리용으로 주문했었는데 이제 필요 없습니다.

감사합니다.
이서연
""",
  types=["deletion"], regimes=[], notes="Korean, base64 body; no regime.")

M("zh-request-shanchu-chaxun.eml", style="b64", frm=("王子涵", "zihan.wang@example.cn"), hmode="B",
  subj="请删除我的个人信息", date="2027-04-19 21:15 +0800",
  body="""您好，

请告诉我你们保存了我的哪些个人信息，然后把它们全部删除，包括我上传的模型文件。

谢谢
王子涵
""",
  types=["access", "deletion"], regimes=[], notes="Chinese, base64; access then deletion.")
