"""Requests in other languages (hand-written)."""
from spec import M, L
from kit import fake_pdf

M("de-request-dsgvo-auskunft-koeln.eml", "outlook", ("Matthias Brenner", "m.brenner@example.de"),
  "Auskunftsersuchen nach Art. 15 DSGVO", "2027-11-03 08:52:00 CET",
  """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 15 DSGVO Auskunft darüber, ob Sie personenbezogene Daten zu meiner Person verarbeiten. Falls ja, bitte ich um eine Kopie dieser Daten sowie um Angaben zu Verarbeitungszwecken, Empfängern, Speicherdauer und Herkunft der Daten.

Ich habe bei Ihnen im Dezember 2026 Ersatzteile für meine Modelleisenbahn bestellt (Bestellnummer 3DP-26-12240).

Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Matthias Brenner
Aachener Str. 118
50674 Köln""",
  charset="utf-8",
  L=L(["access"], ["gdpr"], req=("Matthias Brenner", "m.brenner@example.de"), notes="formal Art. 15 letter, Outlook UTF-8 QP"))

M("de-request-loeschung-graz-latin1.eml", "tb-latin1", ("Jürgen Pölzl", "juergen.poelzl@example.at"),
  "Löschung meiner Daten", "2027-11-11 19:30:00 CET",
  """Grüß Gott,

ich möchte, dass Sie mein Kundenkonto samt allen gespeicherten Daten löschen. Die Figuren, die ich für meinen Enkel bestellt habe, sind angekommen, mehr brauche ich nicht.

Bitte bestätigen Sie mir kurz die Löschung.

Jürgen Pölzl
Graz, Österreich""",
  L=L(["deletion"], ["gdpr"], req=("Jürgen Pölzl", "juergen.poelzl@example.at"),
      notes="Thunderbird ISO-8859-1 8bit, Q-encoded headers; Austria"))

M("de-request-widerspruch-ablehnung-beschwerde.eml", "gmail", ("Sabine Vogelsang", "sabine.vogelsang@example.de"),
  "Widerspruch gegen Ihre Ablehnung / Beschwerde", "2027-12-07 10:15:00 CET",
  """Guten Tag,

Sie haben meinen Antrag auf Datenkopie vom 12.11. mit der Begründung abgelehnt, ich hätte ihn „nicht über das Formular“ gestellt. Das ist nach der DSGVO keine Voraussetzung. Ich lege hiermit Widerspruch gegen diese Entscheidung ein und bitte um erneute Prüfung.

Außerdem beschwere ich mich ausdrücklich darüber, wie Sie mit meinem Anliegen umgegangen sind: drei Wochen Funkstille und dann eine Standardabsage. Sollte ich bis Jahresende nichts hören, wende ich mich an die Datenschutzaufsicht in Hamburg.

Sabine Vogelsang""",
  L=L(["appeal", "complaint"], ["gdpr"], req=("Sabine Vogelsang", "sabine.vogelsang@example.de"),
      notes="disputes refusal (appeal) and complains about handling; Hamburg named; the renewed access ask is implicit ('erneute Prüfung') so access not added"))

M("de-request-eltern-tochter-fotos.eml", "apple", ("Katrin Albrecht", "katrin.albrecht@example.de"),
  "Fotos meiner Tochter auf Ihrer Seite", "2027-12-19 17:02:00 CET",
  """Hallo,

meine Tochter Lena (13) hat am Weihnachtsmal-Wettbewerb auf Ihrer Webseite teilgenommen. Dort steht jetzt ihr voller Name neben einem Foto, auf dem auch ihr Gesicht zu sehen ist. Das war so nicht mit uns abgesprochen.

Als Erziehungsberechtigte bitte ich Sie, den Beitrag und das Foto zu entfernen. Ihre E-Mail-Adresse für den Wettbewerb war lena.albrecht13@example.de.

Viele Grüße aus Leipzig
Katrin Albrecht""",
  L=L(["minor_removal"], ["gdpr"], req=("Lena Albrecht", "lena.albrecht13@example.de"),
      agent=("Katrin Albrecht", "katrin.albrecht@example.de"), agent_for=("Lena Albrecht", "lena.albrecht13@example.de"),
      notes="parent for a 13-year-old, removal of posted content"))

M("de-request-ch-basel-dsg.eml", "gmail", ("Reto Baumgartner", "reto.baumgartner@example.ch"),
  "Uskunft und Löschig", "2027-11-24 14:33:00 CET",
  """Grüezi mitenand

Ich ha bi öich vor zwei Jahr es Ersatzteil für mini Kaffimaschine lo drucke. Gemäss em neue Datenschutzgsetz (DSG) möcht ich wüsse, was für Date ihr über mich gspeicheret händ, und nachher söllet ihr alles lösche.

Merci vielmal und en schöne Advent
Reto Baumgartner, Basel""",
  L=L(["access", "deletion"], ["fadp"], req=("Reto Baumgartner", "reto.baumgartner@example.ch"),
      notes="Swiss German dialect, labelled de; DSG + Basel -> fadp"))

M("fr-request-rgpd-acces-rectification-nantes.eml", "outlook", ("Camille Lefèvre", "camille.lefevre@example.fr"),
  "Demande d'accès et de rectification – RGPD", "2027-11-15 09:20:00 CET",
  """Madame, Monsieur,

Conformément aux articles 15 et 16 du RGPD, je vous demande de me communiquer l'ensemble des données personnelles me concernant que vous détenez, et de rectifier mon nom de famille, mal orthographié sur mon compte client (« Lefebvre » au lieu de « Lefèvre »).

Références : commandes 3DP-27-03318 et 3DP-27-06802 (figurines personnalisées).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Camille Lefèvre
Nantes""",
  charset="utf-8",
  L=L(["access", "correction"], ["gdpr"], req=("Camille Lefèvre", "camille.lefevre@example.fr"), notes="formal French letter"))

M("fr-request-fwd-instagram-dm.eml", "fwd", ("3DPros Team", "3dprosteam@gmail.com"),
  "Fwd: DM Instagram de @lucie.figurines", "2027-11-26 11:05:00 CST",
  """Got this as an Instagram DM on the shop account (French). Copying it into the inbox so it's tracked.

---------- Forwarded message ---------
From: Instagram <no-reply@mail.instagram.example>
Date: Thu, Nov 25, 2027
Subject: lucie.figurines sent you a message

lucie.figurines: Bonjour, vous avez repartagé la photo de ma figurine avec mon prénom et ma ville. Merci de la retirer et de supprimer toutes les données que vous avez sur moi (Lucie Garnier, lucie.garnier@example.fr). Merci !""",
  L=L(["deletion"], [], req=("Lucie Garnier", "lucie.garnier@example.fr"),
      notes="staff forward of a French Instagram DM under an English note; labelled fr (the customer's language); photo removal + delete all data filed as deletion"))

M("fr-request-quebec-loi25.eml", "gmail", ("Étienne Gagnon", "etienne.gagnon@example.ca"),
  "Retrait de consentement et suppression de mes renseignements", "2027-12-20 13:40:00 EST",
  """Bonjour,

Je réside à Trois-Rivières, au Québec. En vertu de la Loi 25, je retire mon consentement à ce que vous utilisiez mes renseignements personnels pour vos infolettres et votre programme de fidélité, et je vous demande de supprimer mes renseignements une fois ma dernière commande livrée (couronnes de Noël imprimées, commande 3DP-27-07460).

Merci et joyeuses Fêtes,
Étienne Gagnon""",
  L=L(["withdraw_consent", "deletion"], ["quebec"], req=("Étienne Gagnon", "etienne.gagnon@example.ca"),
      notes="Québec French; withdraws consent for newsletters/loyalty - not separately labelled opt_out_marketing"))

M("es-request-supresion-oposicion-valencia.eml", "gmail", ("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
  "Ejercicio de derechos de supresión y oposición", "2027-11-17 12:00:00 CET",
  """Buenos días:

Les escribo desde Valencia. Al amparo del RGPD, me opongo al tratamiento de mis datos para elaborar perfiles de compra y les solicito la supresión de todos mis datos personales, incluida mi cuenta.

Un saludo,
Lucía Ferrándiz Soler""",
  L=L(["objection", "deletion"], ["gdpr"], req=("Lucía Ferrándiz Soler", "lucia.ferrandiz@example.es"), notes="profiling objection + erasure"))

M("es-request-acceso-sevilla-terse.eml", "iphone", ("Álvaro Medina", "alvaro.medina@example.es"),
  "Mis datos", "2027-12-21 22:10:00 CET",
  """Hola, quiero saber qué datos míos tenéis guardados. Vivo en Sevilla. Gracias

Enviado desde mi iPhone""",
  L=L(["access"], ["gdpr"], req=("Álvaro Medina", "alvaro.medina@example.es"), notes="terse, no legal words"))

M("it-request-accesso-portabilita-torino.eml", "gmail", ("Federica Bonetti", "federica.bonetti@example.it"),
  "Richiesta di accesso e portabilità dei dati", "2027-11-25 16:25:00 CET",
  """Buongiorno,

ai sensi degli articoli 15 e 20 del GDPR chiedo di ricevere copia dei miei dati personali e, in un formato strutturato e leggibile da dispositivo automatico, i file dei modelli che ho caricato e lo storico ordini.

Cordiali saluti,
Federica Bonetti
Torino""",
  L=L(["access", "portability"], ["gdpr"], req=("Federica Bonetti", "federica.bonetti@example.it")))

M("it-request-reclamo-rifiuto-napoli.eml", "outlook", ("Gennaro Esposito", "g.esposito@example.it"),
  "Contestazione del vostro rifiuto - reclamo", "2028-01-05 10:05:00 CET",
  """Gentili signori,

il 14 dicembre mi avete risposto che non potete cancellare i miei dati perché "servono per la garanzia". Il prodotto (ricambi per la mia macchina da cucire) è fuori garanzia da mesi. Contesto formalmente questo rifiuto e chiedo che la decisione venga riesaminata.

Inoltre presento reclamo per il modo in cui è stata gestita la mia richiesta: nessuna conferma di ricezione e una risposta arrivata dopo cinque settimane. Se non ricevo riscontro valuterò una segnalazione al Garante.

Gennaro Esposito
Napoli""",
  charset="utf-8",
  L=L(["appeal", "complaint"], ["gdpr"], req=("Gennaro Esposito", "g.esposito@example.it"),
      notes="appeal of refusal + complaint about handling; does not re-ask the deletion itself"))

M("nl-request-avg-inzage-export.eml", "gmail", ("Daan Verhoeven", "daan.verhoeven@example.nl"),
  "Inzageverzoek AVG", "2027-11-29 09:44:00 CET",
  """Beste 3DPros,

Op grond van de AVG wil ik graag inzage in alle persoonsgegevens die jullie van mij verwerken. Graag ontvang ik daarnaast mijn gegevens en mijn opgeslagen ontwerpen in een gangbaar, machineleesbaar formaat zodat ik ze kan meenemen.

Met vriendelijke groet,
Daan Verhoeven
Eindhoven""",
  L=L(["access", "portability"], ["gdpr"], req=("Daan Verhoeven", "daan.verhoeven@example.nl")))

M("nl-request-geen-reclame-kort.eml", "iphone", ("Femke de Jong", "femke.dejong@example.nl"),
  "Geen mails meer", "2027-12-02 07:15:00 CET",
  "Graag geen reclamemails meer naar dit adres. Bedankt!\n\nVerstuurd vanaf mijn iPhone",
  L=L(["opt_out_marketing"], [], req=("Femke de Jong", "femke.dejong@example.nl"), notes="one-liner, no place"))

M("pl-request-rodo-usuniecie-zgoda.eml", "gmail", ("Katarzyna Wiśniewska", "k.wisniewska@example.pl"),
  "Usunięcie danych i wycofanie zgody", "2027-11-30 18:50:00 CET",
  """Dzień dobry,

zgodnie z RODO wycofuję zgodę na przetwarzanie moich danych osobowych w celach marketingowych i proszę o usunięcie wszystkich moich danych, w tym konta klienta.

Pozdrawiam,
Katarzyna Wiśniewska
Poznań""",
  L=L(["withdraw_consent", "deletion"], ["gdpr"], req=("Katarzyna Wiśniewska", "k.wisniewska@example.pl"),
      notes="withdraws marketing consent; not separately opt_out_marketing"))

M("pl-request-sprostowanie-nazwiska.eml", "tb", ("Tomasz Zieliński", "tomasz.zielinski@example.pl"),
  "Sprostowanie danych", "2027-12-09 12:30:00 CET",
  """Dzień dobry,

w moim profilu klienta mam błędnie wpisane nazwisko (Zielinski zamiast Zieliński) i stary numer telefonu. Proszę o sprostowanie: nazwisko Zieliński, telefon +48 600 000 123.

Z poważaniem
Tomasz Zieliński, Gdańsk""",
  L=L(["correction"], ["gdpr"], req=("Tomasz Zieliński", "tomasz.zielinski@example.pl")))

M("sv-request-registerutdrag-invandning.eml", "gmail", ("Elin Sjöberg", "elin.sjoberg@example.se"),
  "Registerutdrag och invändning", "2027-12-03 10:10:00 CET",
  """Hej!

Jag vill begära ett registerutdrag enligt GDPR över alla personuppgifter ni har om mig. Jag invänder också mot att ni använder min köphistorik för att analysera mitt köpbeteende.

Vänliga hälsningar
Elin Sjöberg
Uppsala""",
  L=L(["access", "objection"], ["gdpr"], req=("Elin Sjöberg", "elin.sjoberg@example.se")))

M("da-request-indsigelse-aarhus.eml", "apple", ("Mads Kjærgaard", "mads.kjaergaard@example.dk"),
  "Indsigelse mod behandling", "2027-12-22 14:45:00 CET",
  """Hej

Jeg gør indsigelse mod, at I behandler mine oplysninger til "produktanbefalinger" ud fra min browsing. Det er ikke noget, jeg har bedt om. I må gerne beholde mine ordrer til bogføringen.

Venlig hilsen
Mads Kjærgaard
Aarhus""",
  L=L(["objection"], ["gdpr"], req=("Mads Kjærgaard", "mads.kjaergaard@example.dk")))

M("no-request-innsyn-sletting-bergen.eml", "tb", ("Ingrid Solheim", "ingrid.solheim@example.no"),
  "Innsyn og sletting", "2028-01-04 09:00:00 CET",
  """Hei,

Jeg ønsker innsyn i hvilke personopplysninger dere har lagret om meg, og deretter at alt slettes. Jeg bestilte reservedeler til en støvsuger i 2026.

Hilsen Ingrid Solheim
Bergen""",
  L=L(["access", "deletion"], ["gdpr"], req=("Ingrid Solheim", "ingrid.solheim@example.no"), notes="Norway (EEA) -> gdpr"))

M("pt-request-br-lgpd-acesso-exclusao.eml", "gmail", ("Rafael Moura", "rafael.moura@example.com.br"),
  "Solicitação LGPD", "2027-12-27 15:30:00 BRT",
  """Olá,

Com base na LGPD, solicito a confirmação e o acesso aos meus dados pessoais tratados por vocês e, em seguida, a eliminação desses dados. Comprei miniaturas de RPG em 2027, entregues em Belo Horizonte.

Atenciosamente,
Rafael Moura""",
  L=L(["access", "deletion"], ["br_lgpd"], req=("Rafael Moura", "rafael.moura@example.com.br"), notes="Brazilian Portuguese"))

M("pt-request-porto-marketing-consentimento.eml", "iphone", ("Inês Carvalho", "ines.carvalho@example.pt"),
  "Newsletter", "2028-01-06 20:20:00 GMT",
  """Boa noite, retiro o consentimento que dei para receber a vossa newsletter e promoções. Não quero receber mais nada. Obrigada.
Inês, Porto

Enviado do meu iPhone""",
  L=L(["opt_out_marketing", "withdraw_consent"], ["gdpr"], req=("Inês Carvalho", "ines.carvalho@example.pt"),
      notes="withdraws newsletter consent -> both types"))

M("cs-request-vymaz-ostrava.eml", "plain", ("Petr Dvořák", "petr.dvorak@example.cz"),
  "Žádost o výmaz osobních údajů", "2028-01-08 11:40:00 CET",
  """Dobrý den,

žádám o výmaz všech mých osobních údajů z vašich systémů podle čl. 17 GDPR. Objednávku jsem dostal, účet už nepotřebuji.

S pozdravem
Petr Dvořák
Ostrava""",
  charset="iso-8859-2", cte="quoted-printable",
  L=L(["deletion"], ["gdpr"], req=("Petr Dvořák", "petr.dvorak@example.cz"), notes="ISO-8859-2 QP body"))

M("ja-request-kaiji-seikyu.eml", "plain", ("佐藤 美咲", "misaki.sato@example.jp"),
  "個人情報の開示請求について", "2028-01-10 10:00:00 JST",
  """3DPros ご担当者様

昨年、御社でフィギュアの台座を注文した佐藤と申します。
個人情報保護法に基づき、御社が保有している私の個人情報の開示を請求いたします。

よろしくお願いいたします。
佐藤 美咲（東京都）""",
  charset="iso-2022-jp", cte="7bit",
  L=L(["access"], [], req=("佐藤 美咲", "misaki.sato@example.jp"), notes="ISO-2022-JP; Japan gives no regime"))

M("ko-request-sakje-base64.eml", "b64", ("김지훈", "jihoon.kim@example.kr"),
  "개인정보 삭제 요청", "2028-01-12 13:25:00 KST",
  """안녕하세요.

작년에 미니어처를 주문했던 김지훈입니다. 제 계정과 개인정보를 모두 삭제해 주시기 바랍니다.

감사합니다.
김지훈 드림 (서울)""",
  L=L(["deletion"], [], req=("김지훈", "jihoon.kim@example.kr"), notes="base64 body; Korea gives no regime"))

M("zh-request-chaxun-shanchu.eml", "b64", ("陈雨桐", "yutong.chen@example.cn"),
  "关于我的个人信息", "2028-01-14 09:12:00 CHN",
  """您好，

我之前在贵店定制过手机支架。请告诉我你们保存了我哪些个人信息，然后请全部删除。

谢谢！
陈雨桐""",
  L=L(["access", "deletion"], [], req=("陈雨桐", "yutong.chen@example.cn"), notes="base64 body, no place"))
