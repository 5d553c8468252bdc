"""Set B: privacy requests in languages other than English."""

from common import R, TEAM
from kit import addr

# ---------------------------------------------------------------- German (Germany, Austria, Switzerland)

R("de-request-loeschung-koeln.eml", "Jana Vogt", "jana.vogt@gmx-de.example", "Konto löschen",
  "2026-09-05 19:40 +0200",
  """Hallo,

bitte löschen Sie mein Kundenkonto bei 3DPros und alle dazu gespeicherten Daten. Ich habe im Frühjahr
zwei Bestellungen aufgegeben (u.a. 3D-4290), brauche das Konto aber nicht mehr.

Danke und viele Grüße aus Köln
Jana Vogt""", client="gmx", types=["deletion"], regimes=["gdpr"],
  notes="Short German deletion request; Cologne in the sign-off.")

R("de-request-auskunft-wien.eml", "Stefan Huber", "stefan.huber@aon.example", "Auskunftsersuchen gem. Art. 15 DSGVO",
  "2026-09-12 10:05 +0200",
  """Sehr geehrte Damen und Herren,

ich ersuche Sie um Auskunft gemäß Art. 15 DSGVO, welche personenbezogenen Daten Sie über mich
verarbeiten, zu welchen Zwecken, an welche Empfänger diese übermittelt wurden und wie lange sie
gespeichert werden. Bitte übermitteln Sie mir auch eine Kopie dieser Daten.

Ich war im Jänner 2026 Kunde bei Ihnen (Bestellnummer 3D-3954, Rechnung RE-26-0117).

Mit freundlichen Grüßen

Mag. Stefan Huber
Wien, Österreich""", client="outlook", charset="windows-1252", content_language="de-AT",
  types=["access"], regimes=["gdpr"], notes="Austrian access request (ersuche, Jänner); order and invoice numbers.")

R("de-request-schweiz-widerruf-auskunft.eml", "Corinne Steiner", "c.steiner@bluewin.example",
  "Widerruf Einwilligung / Auskunft", "2026-10-21 14:52 +0200",
  """Grüezi

Beim Besuch Ihrer Website habe ich eingewilligt, dass Sie meinen Standort und mein Surfverhalten
auswerten dürfen. Diese Einwilligung widerrufe ich hiermit.

Ausserdem verlange ich gestützt auf Art. 25 DSG Auskunft darüber, welche Personendaten Sie über mich
bearbeiten und woher Sie diese haben.

Freundliche Grüsse
Corinne Steiner
Bern""", client="plain", mailer="Bluewin Webmail", charset="iso-8859-1", cte="quoted-printable",
  subj_charset="iso-8859-1", types=["withdraw_consent", "access"], regimes=["fadp"],
  notes="Swiss German (ss for ß, Grüezi): withdraws analytics consent and asks for information under Art. 25 DSG. "
        "ISO-8859-1 quoted-printable.")

R("de-request-beschwerde-keine-antwort.eml", "Ulrike Brandstätter", "u.brandstaetter@t-online.example",
  "Beschwerde – keine Antwort auf mein Auskunftsersuchen", "2026-11-18 08:30 +0100",
  """Sehr geehrte Damen und Herren,

am 14. Juli 2026 habe ich Sie per E-Mail um Auskunft nach Art. 15 DSGVO gebeten. Bis heute habe ich
weder eine Eingangsbestätigung noch eine Antwort erhalten, obwohl die Monatsfrist längst abgelaufen
ist. Ich beschwere mich hiermit ausdrücklich über den Umgang mit meiner Anfrage.

Ich fordere Sie erneut auf, mir die Auskunft über meine bei Ihnen gespeicherten Daten innerhalb von
14 Tagen zu erteilen. Andernfalls werde ich mich an den Landesbeauftragten für den Datenschutz
Baden-Württemberg wenden.

Mit freundlichen Grüßen
Dr. Ulrike Brandstätter
Freiburg im Breisgau""", client="thunderbird", domain="t-online.example", content_language="de-DE",
  types=["complaint", "access"], regimes=["gdpr"],
  notes="Complaint about an unanswered earlier request (not in this mailbox) plus a renewed access demand.")

R("de-request-fwd-by-staff.eml", "Henrik Albers", "h.albers@posteo.example", "Fwd: Bitte Daten löschen",
  "2026-10-24 09:15 -0500",
  """Marco - this one went to my personal email so I'm forwarding it here so it doesn't get lost. Google
Translate says he wants his data deleted. He's the guy from the Hamburg printer-upgrade order in May.
Can you take care of it?

-D

---------- Forwarded message ---------
From: Henrik Albers <h.albers@posteo.example>
Date: Fri, Oct 23, 2026 at 4:12 AM
Subject: Bitte Daten löschen
To: Dana Whitfield <dana.whitfield.3d@example.com>


Hallo liebes 3DPros-Team,

ich habe im Mai bei Ihnen den Umbausatz für meinen Drucker bestellt (Bestellung 3D-4522). Ich möchte
Sie bitten, meine persönlichen Daten (Name, Adresse, Telefonnummer, E-Mail) aus Ihrem System zu
löschen. Eine kurze Bestätigung wäre nett.

Viele Grüße
Henrik Albers
Hamburg
""", frm=addr("Dana Whitfield", "3dprosteam@gmail.com"), types=["deletion"], regimes=["gdpr"],
  notes="Forwarded by our own staff from 3dprosteam@gmail.com to itself; the customer's German original is "
        "below the English note. Requester is the customer.")

# ---------------------------------------------------------------- French (Québec, Belgium, Switzerland)

R("fr-request-quebec-acces-rectification.eml", "Geneviève Tremblay", "gen.tremblay@videotron.example",
  "Demande d'accès et de rectification", "2026-09-17 13:22 -0400",
  """Bonjour,

En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, je vous
demande de me communiquer les renseignements personnels que vous détenez à mon sujet.

Je vous demande aussi de rectifier mon dossier : mon nom de famille y est écrit « Tremblé » au lieu
de « Tremblay », et mon numéro de téléphone a changé (nouveau numéro : 514 555-0127).

Merci de me répondre par courriel.

Geneviève Tremblay
Montréal (Québec)""", client="outlook", charset="windows-1252", content_language="fr-CA",
  types=["access", "correction"], regimes=["quebec"],
  notes="Québec private-sector law named: access and rectification of name and phone. windows-1252 QP.")

R("fr-request-belgique-opposition.eml", "Julien Lambert", "julien.lambert@skynet.example",
  "Opposition au traitement de mes données", "2026-10-11 21:04 +0200",
  """Madame, Monsieur,

Je m'oppose, sur la base de l'article 21.1 du RGPD, au traitement de mes données personnelles à des
fins de profilage et d'analyse de ma navigation sur votre site. Pour des raisons liées à ma situation
particulière (je travaille dans un secteur sensible), je ne souhaite pas que mes habitudes de
navigation ni ma localisation soient analysées ou rattachées à mon compte client.

Je vous remercie de me confirmer la prise en compte de cette opposition.

Julien Lambert
Liège, Belgique""", types=["objection"], regimes=["gdpr"],
  notes="Belgian objection under Art. 21(1) to profiling/analytics.")

R("fr-request-suisse-effacement.eml", "Nadia Favre", "nadia.favre@bluewin.example", "Effacement de mes données",
  "2026-11-23 11:45 +0100",
  """Bonjour,

Je vous prie d'effacer toutes les données personnelles me concernant : compte client, adresses et
historique de commandes, dans la mesure où la loi vous le permet. Je suis domiciliée à Lausanne et la
nouvelle LPD me donne ce droit.

Merci de me confirmer l'effacement.

Meilleures salutations
Nadia Favre""", client="apple", domain="bluewin.example", mailer="Apple Mail (2.3826.700.81)",
  types=["deletion"], regimes=["fadp"], notes="Swiss French deletion request naming the revised LPD/FADP.")

# ---------------------------------------------------------------- Spanish (Spain, Mexico)

R("es-request-espana-supresion.eml", "Alba Ruiz Montero", "alba.ruiz@example.com", "Derecho de supresión",
  "2026-09-21 17:33 +0200",
  """Hola:

Por la presente ejerzo mi derecho de supresión (art. 17 RGPD) y solicito que eliminéis todos mis
datos personales: cuenta de cliente, direcciones y correo electrónico. Compré una figura
personalizada en abril (pedido 3D-4377).

Un saludo,
Alba Ruiz Montero
Valencia""", types=["deletion"], regimes=["gdpr"], notes="Spanish erasure request; Valencia.")

R("es-request-mexico-arco.eml", "Luis Fernando Ortega Salinas", "lf.ortega@example.com",
  "Solicitud de derechos ARCO", "2026-10-17 12:10 -0600",
  """Buenas tardes,

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares,
solicito el ejercicio de mis derechos ARCO: el acceso a los datos personales que tienen sobre mí y,
una vez que me los envíen, la cancelación de los mismos.

Nombre: Luis Fernando Ortega Salinas
Correo: lf.ortega@example.com
Pedido: 3D-4690 (envío a Guadalajara, Jal.)

Quedo atento a su respuesta.
Saludos cordiales,
Luis Fernando Ortega""", client="outlookcom", content_language="es-MX",
  types=["access", "deletion"], regimes=[],
  notes="Mexican ARCO request (acceso + cancelación = access + deletion); Mexican law is outside the vocabulary.")

# ---------------------------------------------------------------- Italian

R("it-request-newsletter-cancellazione.eml", "Francesca Bellini", "f.bellini@libero.example",
  "Cancellazione newsletter e dati", "2026-09-29 09:18 +0200",
  """Buongiorno,

vi chiedo di cancellarmi dalla vostra newsletter e di cancellare tutti i miei dati personali dai
vostri archivi.

Grazie, cordiali saluti
Francesca Bellini
Bologna""", client="plain", mailer="Libero Mail", charset="iso-8859-15", cte="8bit",
  types=["opt_out_marketing", "deletion"], regimes=["gdpr"],
  notes="'cancellare' used twice: off the newsletter and erase data. ISO-8859-15 8bit.")

R("it-request-limitazione.eml", "Giorgio Marchetti", "giorgio.marchetti@example.net",
  "Richiesta di limitazione del trattamento", "2026-11-07 15:02 +0100",
  """Gentili signori,

con la presente chiedo la limitazione del trattamento dei miei dati personali ai sensi dell'art. 18
del Regolamento (UE) 2016/679. Sto verificando con il mio avvocato un doppio addebito sull'ordine
3D-4871 e ho bisogno che i dati vengano conservati, ma non utilizzati per altri scopi fino alla
chiusura della questione.

Distinti saluti
Giorgio Marchetti
Torino""", client="thunderbird", domain="example.net", content_language="it-IT",
  types=["restriction"], regimes=["gdpr"], notes="Restriction (keep but do not use) pending a billing dispute.")

# ---------------------------------------------------------------- Portuguese (Brazil, Portugal)

R("pt-request-brasil-lgpd.eml", "Rafael Nogueira Lima", "rafael.nlima@uol.example", "Solicitação LGPD",
  "2026-10-03 10:47 -0300",
  """Olá, equipe 3DPros,

Com base no art. 18 da Lei Geral de Proteção de Dados (LGPD - Lei 13.709/2018), solicito:
(i) a confirmação da existência de tratamento dos meus dados pessoais;
(ii) o acesso aos dados; e
(iii) em seguida, a eliminação dos dados tratados com o meu consentimento.

Comprei um kit de peças para drone em 2025 (pedido 3D-3702), enviado para Curitiba/PR.

Atenciosamente,
Rafael Nogueira Lima""", types=["access", "deletion"], regimes=["br_lgpd"],
  notes="Brazilian request naming the LGPD: confirmation/access then elimination.")

R("pt-request-portugal-portabilidade.eml", "Inês Carvalho", "ines.carvalho@sapo.example",
  "Pedido de portabilidade de dados", "2026-11-14 18:20 +0000",
  """Bom dia,

Ao abrigo do artigo 20.º do RGPD, venho solicitar a portabilidade dos meus dados pessoais: peço que me
enviem os dados que vos forneci (conta, moradas, histórico de encomendas) num formato estruturado, de
uso corrente e de leitura automática (CSV ou JSON).

Com os melhores cumprimentos,
Inês Carvalho
Porto""", client="outlookcom", content_language="pt-PT", types=["portability"], regimes=["gdpr"],
  notes="European Portuguese portability request.")

# ---------------------------------------------------------------- Dutch / Flemish

R("nl-request-inzage.eml", "Sanne de Boer", "sanne.deboer@ziggo.example", "Inzageverzoek AVG",
  "2026-09-23 20:11 +0200",
  """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij een
overzicht te sturen van de persoonsgegevens die u van mij verwerkt, met de doeleinden, de ontvangers
en de bewaartermijn.

Ik heb in juni een bestelling geplaatst (3D-4581) op naam van S. de Boer.

Met vriendelijke groet,
Sanne de Boer
Groningen""", types=["access"], regimes=["gdpr"], notes="Dutch access request.")

R("nl-request-vlaams-uitschrijven-wissen.eml", "Pieter Claes", "pieter.claes@telenet.example",
  "Uitschrijven + gegevens wissen", "2026-11-01 13:37 +0100",
  html="""<html><body><div style="font-family:Calibri,sans-serif">
<p>Dag 3DPros,</p>
<p>Ik krijg nog altijd jullie nieuwsbrief terwijl ik die nooit gevraagd heb. Gelieve mij uit te schrijven en al mijn gegevens te wissen. Alvast bedankt!</p>
<p>Groetjes,<br>Pieter Claes<br>Gent</p>
</div></body></html>""", html_only=True, client="plain", mailer="Telenet Webmail",
  types=["opt_out_marketing", "deletion"], regimes=["gdpr"],
  notes="Flemish ('Gelieve'), HTML-only: unsubscribe and erase.")

# ---------------------------------------------------------------- Nordic

R("sv-request-registerutdrag.eml", "Erik Lundqvist", "erik.lundqvist@telia.example", "Begäran om registerutdrag",
  "2026-10-19 08:58 +0200",
  """Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR), alltså en kopia
av de personuppgifter ni behandlar om mig, vilka ändamål ni har, vem ni har lämnat ut uppgifterna
till och hur länge de sparas.

Med vänliga hälsningar
Erik Lundqvist
Uppsala""", types=["access"], regimes=["gdpr"], notes="Swedish access request (registerutdrag).")

R("da-request-samtykke-cookies.eml", "Mette Kjær", "mette.kjaer@example.org", "Tilbagekaldelse af samtykke",
  "2026-09-26 12:30 +0200",
  """Hej,

Da jeg var inde på jeres webshop, accepterede jeg cookies til statistik. Jeg trækker hermed mit
samtykke tilbage og beder jer om ikke længere at indsamle eller bruge statistikdata om mig.

Venlig hilsen
Mette Kjær
Aarhus""", types=["withdraw_consent"], regimes=["gdpr"], notes="Danish withdrawal of consent to analytics cookies.")

R("no-request-innsyn.eml", "Ingrid Solberg", "ingrid.solberg@online-no.example", "Krav om innsyn",
  "2026-11-26 19:05 +0100",
  """Hei,

Jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg, jf. personvernforordningen
artikkel 15. Jeg ønsker en kopi av opplysningene, og informasjon om formålet og hvem dere har delt dem
med.

Jeg har handlet hos dere som Ingrid Solberg, senest bestilling 3D-4944.

Mvh
Ingrid Solberg
Trondheim""", client="apple", domain="online-no.example", types=["access"], regimes=["gdpr"],
  notes="Norwegian access request (Norway is EEA).")

R("fi-request-oikaisu.eml", "Aino Mäkelä", "aino.makela@elisa.example", "Tietojen oikaisu",
  "2026-09-13 09:41 +0300",
  """Hei,

Asiakastiedoissani on väärä sukunimi (Mäkinen, oikea on Mäkelä) ja vanha puhelinnumero. Pyydän
korjaamaan tiedot tietosuoja-asetuksen 16 artiklan nojalla.

Oikeat tiedot:
Nimi: Aino Mäkelä
Puhelin: +358 40 555 0173

Ystävällisin terveisin
Aino Mäkelä
Tampere""", types=["correction"], regimes=["gdpr"], notes="Finnish rectification request.")

# ---------------------------------------------------------------- Central / Eastern / Southern Europe

R("pl-request-rodo-usuniecie.eml", "Katarzyna Wiśniewska", "k.wisniewska@wp-pl.example", "Usunięcie danych - RODO",
  "2026-10-07 16:16 +0200",
  """Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych osobowych przetwarzanych przez
Państwa firmę (konto klienta, adresy, historia zamówień). Numer zamówienia: 3D-4455.

Z poważaniem,
Katarzyna Wiśniewska
Kraków""", client="thunderbird", domain="wp-pl.example", charset="iso-8859-2", content_language="pl",
  subj_charset="iso-8859-2", subj_enc="B", types=["deletion"], regimes=["gdpr"],
  notes="Polish erasure (RODO). ISO-8859-2 8bit body, B-encoded subject.")

R("cs-request-vymaz.eml", "Tomáš Novák", "tomas.novak@seznam.example", "Žádost o výmaz osobních údajů",
  "2026-10-14 11:27 +0200",
  """Dobrý den,

na základě článku 17 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o výmaz všech mých
osobních údajů, které o mně zpracováváte. Prosím o potvrzení provedení výmazu.

S pozdravem
Tomáš Novák
Brno""", client="outlook", charset="windows-1250", content_language="cs-CZ",
  types=["deletion"], regimes=["gdpr"], notes="Czech erasure request; windows-1250 QP.")

R("el-request-diagrafi.eml", "Νίκος Παπαδόπουλος", "nikos.papadopoulos@otenet.example",
  "Αίτημα διαγραφής προσωπικών δεδομένων", "2026-11-11 18:44 +0200",
  """Καλησπέρα σας,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), παρακαλώ να
διαγράψετε όλα τα προσωπικά μου δεδομένα από τα αρχεία σας (λογαριασμός πελάτη, διευθύνσεις, email).

Ευχαριστώ,
Νίκος Παπαδόπουλος
Θεσσαλονίκη""", client="plain", mailer="Otenet Webmail", charset="iso-8859-7", cte="quoted-printable",
  subj_charset="iso-8859-7", subj_enc="B", name_charset="iso-8859-7",
  types=["deletion"], regimes=["gdpr"], notes="Greek erasure request; ISO-8859-7.")

R("hu-request-hozzaferes.eml", "Kovács Eszter", "kovacs.eszter@freemail.example", "Adatkérés (GDPR 15. cikk)",
  "2026-10-26 10:12 +0100",
  """Tisztelt Cím!

A GDPR 15. cikke alapján kérem, hogy tájékoztassanak arról, milyen személyes adataimat kezelik,
milyen célból, kinek továbbították és meddig tárolják, továbbá kérem az adatok másolatát.

Üdvözlettel:
Kovács Eszter
Budapest""", client="plain", mailer="Freemail", charset="iso-8859-2", cte="base64",
  types=["access"], regimes=["gdpr"], notes="Hungarian access request; ISO-8859-2 base64.")

R("ro-request-opozitie.eml", "Andrei Popescu", "andrei.popescu@example.com",
  "Opoziție la prelucrarea datelor personale", "2026-09-28 13:09 +0300",
  """Bună ziua,

În temeiul art. 21 alin. (1) din Regulamentul (UE) 2016/679, mă opun prelucrării datelor mele cu
caracter personal în scopuri de analiză și profilare (urmărirea comportamentului pe site și
localizarea). Motivul ține de situația mea particulară: lucrez în domeniul securității informatice
și nu doresc ca aceste informații să fie legate de contul meu de client.

Cu stimă,
Andrei Popescu
Cluj-Napoca""", types=["objection"], regimes=["gdpr"], notes="Romanian Art. 21(1) objection.")

R("sk-request-prenositelnost.eml", "Martin Horváth", "martin.horvath@azet.example",
  "Žiadosť o prenosnosť údajov", "2026-11-15 20:26 +0100",
  """Dobrý deň,

podľa článku 20 GDPR žiadam o prenos mojich osobných údajov, ktoré som Vám poskytol (účet, adresy,
história objednávok), v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte.

S pozdravom
Martin Horváth
Bratislava""", types=["portability"], regimes=["gdpr"], notes="Slovak portability request.")

R("hr-request-ogranicenje.eml", "Ivana Kovačić", "ivana.kovacic@t-com.example", "Zahtjev za ograničenje obrade",
  "2026-10-22 07:55 +0200",
  """Poštovani,

sukladno članku 18. Opće uredbe o zaštiti podataka tražim ograničenje obrade mojih osobnih podataka.
Smatram da ste moj broj mobitela koristili bez osnove, ali ne želim da ga obrišete jer mi zapisi
trebaju kao dokaz. Molim da podatke samo čuvate i ne koristite ni za što drugo.

Srdačan pozdrav,
Ivana Kovačić
Zagreb""", client="outlookcom", content_language="hr-HR", types=["restriction"], regimes=["gdpr"],
  notes="Croatian restriction instead of erasure (Art. 18(1)(b) shape).")

# ---------------------------------------------------------------- East Asian

R("ja-request-kaiji.eml", "佐藤 美咲", "misaki.sato@example.com", "保有個人データの開示請求について",
  "2026-10-10 21:14 +0900",
  """3DPros LLC 御中

いつもお世話になっております。

個人情報の保護に関する法律第33条に基づき、貴社が保有している私の保有個人データの開示を請求いたします。
開示の方法は、電子メールでの提供を希望します。

・氏名：佐藤 美咲
・メールアドレス：misaki.sato@example.com
・注文番号：3D-4610（2026年8月）

お手数をおかけしますが、どうぞよろしくお願いいたします。

佐藤 美咲
東京都世田谷区""", client="plain", mailer="Becky! ver. 2.81.04", charset="iso-2022-jp", cte="7bit",
  subj_charset="iso-2022-jp", subj_enc="B", name_charset="iso-2022-jp",
  types=["access"], regimes=["jp_appi"], notes="Japanese APPI disclosure request (Art. 33); ISO-2022-JP.")

R("ko-request-sakje.eml", "김지훈", "jihoon.kim@naver-mail.example", "개인정보 삭제 요청",
  "2026-11-05 14:03 +0900",
  """안녕하세요.

개인정보 보호법 제36조에 따라 귀사가 보유하고 있는 제 개인정보(이름, 주소, 전화번호, 이메일, 주문 내역)의
삭제를 요청합니다. 처리 결과를 이메일로 알려 주시기 바랍니다.

이름: 김지훈
주문번호: 3D-4802

감사합니다.
김지훈 드림""", client="plain", mailer="Naver Mail", charset="euc-kr", cte="base64",
  subj_charset="euc-kr", subj_enc="B", name_charset="euc-kr",
  types=["deletion"], regimes=["kr_pipa"], notes="Korean deletion request under PIPA Art. 36; EUC-KR base64.")

R("zh-request-vancouver-shanchu.eml", "陳美玲", "meiling.chan@shaw-mail.example", "請刪除我的個人資料",
  "2026-09-20 22:48 -0700",
  """您好，

我去年在貴公司訂購過3D列印的模型（訂單編號 3D-3988）。請將我的帳戶和所有個人資料刪除，
也請不要再寄任何促銷郵件給我。

謝謝！
陳美玲
溫哥華""", client="plain", mailer="Foxmail 7.2", charset="big5", cte="base64", subj_charset="big5",
  subj_enc="B", name_charset="big5", types=["deletion", "opt_out_marketing"], regimes=["pipeda"],
  notes="Traditional Chinese from Vancouver (Canada): delete account/data and stop promotional mail. Big5 base64.")
