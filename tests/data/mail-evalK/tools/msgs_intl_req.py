from common import *

# ------------------------------------------------------------------ requests in other languages

build("de-request-dsgvo-auskunft-formal.eml", "outlook", ("Dr. Wolfgang Reimers", "w.reimers@example.de"),
      "Auskunftsersuchen nach Art. 15 DSGVO \u2013 Bestellung 3DP-27-10233", "2027-08-02 10:05 +0200",
      "Sehr geehrte Damen und Herren,\n\nhiermit mache ich mein Recht auf Auskunft gem\u00e4\u00df Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten zu meiner Person verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verf\u00fcgung, einschlie\u00dflich der Verarbeitungszwecke, der Empf\u00e4nger, der Speicherdauer und der Herkunft der Daten.\n\nZur Identifikation: Bestellung 3DP-27-10233 (Ersatzgriff f\u00fcr Backofent\u00fcr), Lieferanschrift Schwanthalerstra\u00dfe 41, 80336 M\u00fcnchen.\n\nIch erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.\n\nMit freundlichen Gr\u00fc\u00dfen\nDr. Wolfgang Reimers",
      charset="windows-1252", label=R(["access"], ["gdpr"], "de", "formal Art. 15 letter, cp1252 QP, Q-encoded subject"))

o = "3DP-27-10390"
build("de-request-loeschen-auf-versandmail.eml", "iphone", ("Jana Kr\u00fcger", "jana.krueger@example.de"),
      "AW: Ihre Bestellung %s wurde versandt" % o, "2027-08-06 18:12 +0200",
      "Danke, ist angekommen und passt \U0001f44d\n\nBitte l\u00f6schen Sie danach mein Kundenkonto und alle gespeicherten Daten zu mir. Brauche das Konto nicht mehr.\n\nLG Jana (Leipzig)\n\nVon meinem iPhone gesendet\n\n"
      + quote(ship_mail(o, "Jana Kr\u00fcger", "DHL Paket", "00340434161094015902"), "3DPros Team <3dprosteam@gmail.com>", "04.08.2027", attr="Am {when} um 09:31 schrieb {who}:"),
      in_reply_to=msgid("ship:" + o),
      label=R(["deletion"], ["gdpr"], "de", "German request above quoted English shipping mail"))

build("de-request-mutter-sohn-graz.eml", "gmail", ("Birgit Pichler", "birgit.pichler@example.at"),
      "Konto meines Sohnes (14) l\u00f6schen", "2027-08-08 20:40 +0200",
      "Guten Abend,\n\nmein Sohn Lukas Pichler (14 Jahre) hat ohne mein Wissen bei Ihnen ein Konto angelegt (lukas.p.2013@example.at) und eine Bewertung mit Foto zu einer Fahrradklingel-Halterung ver\u00f6ffentlicht. Als Erziehungsberechtigte ersuche ich Sie, das Konto samt aller Daten zu l\u00f6schen und die Bewertung mit dem Foto zu entfernen.\n\nMit freundlichen Gr\u00fc\u00dfen\nBirgit Pichler\nGraz, \u00d6sterreich",
      label=R(["deletion", "minor_removal"], ["gdpr"], "de", "parent for a 14-year-old in Austria",
              requester=("Lukas Pichler", "lukas.p.2013@example.at"), agent=("Birgit Pichler", "birgit.pichler@example.at")))

build("de-request-widerspruch-werbung-wien.eml", "thunderbird", ("Matthias Gruber", "m.gruber@example.at"),
      "Widerspruch gegen Werbung", "2027-08-12 07:55 +0200",
      "Sehr geehrtes 3DPros-Team,\n\nich widerspreche hiermit gem\u00e4\u00df Art. 21 Abs. 2 DSGVO der Verarbeitung meiner Daten f\u00fcr Zwecke der Direktwerbung. Bitte senden Sie mir keine Newsletter und Angebote mehr.\n\nFreundliche Gr\u00fc\u00dfe\nMatthias Gruber\nWien",
      charset="iso-8859-1", label=R(["opt_out_marketing"], ["gdpr"], "de", "Art 21(2) -> opt_out_marketing; Latin-1 8bit flowed"))

build("de-request-einschraenkung-hamburg.eml", "apple", ("Svenja Albers", "svenja.albers@example.de"),
      "Einschr\u00e4nkung der Verarbeitung", "2027-08-18 12:30 +0200",
      "Hallo,\n\nich bestreite die Richtigkeit der bei Ihnen gespeicherten Adresse (es ist nicht meine). Bis das gekl\u00e4rt ist, verlange ich die Einschr\u00e4nkung der Verarbeitung nach Art. 18 DSGVO.\n\nGru\u00df\nSvenja Albers\nHamburg",
      label=R(["restriction"], ["gdpr"], "de"))

build("de-request-betreff-only.eml", "plain", ("", "k.hoffmann84@example.de"),
      "Bitte alle meine Daten l\u00f6schen", "2027-08-22 23:10 +0200", "",
      subj_mode="b", label=R(["deletion"], [], "de", "subject only, B-encoded; .de address alone gives no regime", requester=("", "k.hoffmann84@example.de")))

build("de-request-datenexport-stuttgart.eml", "gmail", ("Philipp Nowak", "philipp.nowak@example.de"),
      "Datenkopie + Export", "2027-09-02 09:45 +0200",
      "Hallo zusammen,\n\nk\u00f6nnt ihr mir bitte eine Kopie aller Daten schicken, die ihr \u00fcber mich habt, und meine Bestellhistorie als CSV exportieren (Art. 15 und Art. 20 DSGVO)? Ich will die Teile-Nummern f\u00fcr meine Werkstatt-Doku.\n\nDanke!\nPhilipp\nStuttgart",
      label=R(["access", "portability"], ["gdpr"], "de"))

build("de-request-ch-zueri-auskunft.eml", "iphone", ("Reto Baumgartner", "reto.baumgartner@example.ch"),
      "Uskunft \u00fcber mini Date", "2027-09-05 14:02 +0200",
      "Gr\u00fcezi\n\nIch m\u00f6cht gern w\u00fcsse, was f\u00fcr Date ihr vo mir gspeicheret h\u00e4nd, und e Kopie devo. Ich ha bi eu e Halterig f\u00fcr mis Velo bstellt. Ich wohne z Z\u00fcri, also gilt s DSG.\n\nMerci und en Gruess\nReto\n\nVon meinem iPhone gesendet",
      label=R(["access"], ["fadp"], "de", "Swiss German dialect; labelled de; DSG named"))

build("fr-request-rgpd-suppression-lyon.eml", "gmail", ("Camille Rousseau", "camille.rousseau@example.fr"),
      "Demande de suppression de mes donn\u00e9es (RGPD)", "2027-08-04 16:16 +0200",
      "Bonjour,\n\nConform\u00e9ment \u00e0 l'article 17 du RGPD, je vous demande de supprimer l'ensemble des donn\u00e9es personnelles me concernant et de ne plus m'envoyer de courriels promotionnels.\n\nCordialement,\nCamille Rousseau\nLyon",
      label=R(["deletion", "opt_out_marketing"], ["gdpr"], "fr"))

build("fr-request-iphone-acces.eml", "iphone", ("Hugo Lef\u00e8vre", "hugo.lefevre@example.fr"),
      "Mes donn\u00e9es", "2027-08-16 08:44 +0200",
      "Bonjour, vous pouvez m'envoyer une copie de ce que vous avez sur moi ? Merci\n\nEnvoy\u00e9 de mon iPhone",
      label=R(["access"], [], "fr", "terse phone mail"))

build("fr-request-qc-loi25-quebec.eml", "outlook", ("Genevi\u00e8ve Pelletier", "g.pelletier@example.ca"),
      "Demande d'acc\u00e8s et de rectification \u2013 Loi 25", "2027-08-26 13:00 -0400",
      "Bonjour,\n\nEn vertu de la Loi sur la protection des renseignements personnels dans le secteur priv\u00e9 (Loi 25), je d\u00e9sire obtenir une copie des renseignements personnels que vous d\u00e9tenez \u00e0 mon sujet. De plus, mon nom de famille est mal orthographi\u00e9 dans votre syst\u00e8me (\u00ab Peltier \u00bb au lieu de \u00ab Pelletier \u00bb); veuillez le rectifier.\n\nJe vous remercie,\nGenevi\u00e8ve Pelletier\nSherbrooke (Qu\u00e9bec)",
      label=R(["access", "correction"], ["quebec"], "fr", "Qu\u00e9bec French, Outlook cp1252"))

build("fr-request-retrait-consentement-bruxelles.eml", "plain", ("Th\u00e9o Dubois", "theo.dubois@example.be"),
      "Retrait de mon consentement", "2027-09-07 11:25 +0200",
      "Madame, Monsieur,\n\nJe retire mon consentement au traitement de mes donn\u00e9es pour les \u00e9tudes de satisfaction et les sondages. Merci d'en tenir compte.\n\nTh\u00e9o Dubois\nBruxelles",
      charset="iso-8859-1", label=R(["withdraw_consent"], ["gdpr"], "fr", "Belgium; Latin-1 QP"))

build("es-request-supresion-madrid.eml", "gmail", ("Luc\u00eda Navarro", "lucia.navarro@example.es"),
      "Solicitud de supresi\u00f3n de datos", "2027-08-05 19:30 +0200",
      "Hola,\n\nSolicito la supresi\u00f3n de todos mis datos personales de acuerdo con el art\u00edculo 17 del RGPD. Compr\u00e9 una pieza para la lavadora en marzo.\n\nUn saludo,\nLuc\u00eda Navarro\nMadrid",
      label=R(["deletion"], ["gdpr"], "es"))

build("es-request-acceso-portabilidad-valencia.eml", "outlook", ("Jordi Ferrer Puig", "jordi.ferrer@example.es"),
      "Derecho de acceso y portabilidad", "2027-08-19 10:10 +0200",
      "Buenos d\u00edas:\n\nEn ejercicio de los derechos de acceso (art. 15) y portabilidad (art. 20) del RGPD, les ruego que me faciliten una copia de mis datos personales y que me los env\u00eden en un formato estructurado y legible por m\u00e1quina.\n\nN.\u00ba de pedido: 3DP-27-10288\n\nAtentamente,\nJordi Ferrer Puig\nValencia",
      label=R(["access", "portability"], ["gdpr"], "es"))

build("es-request-oposicion-sevilla.eml", "apple", ("Roc\u00edo Blanco", "rocio.blanco@example.es"),
      "Me opongo", "2027-09-09 21:05 +0200",
      "Hola,\n\nMe opongo a que utilic\u00e9is mis datos para hacer perfiles o an\u00e1lisis de mis compras. Para los env\u00edos s\u00ed, para lo dem\u00e1s no.\n\nRoc\u00edo\nSevilla",
      label=R(["objection"], ["gdpr"], "es"))

build("es-request-mexico-cancelacion.eml", "gmail", ("Alejandro Ru\u00edz Ochoa", "alejandro.ruiz@example.com.mx"),
      "Derechos ARCO - cancelaci\u00f3n", "2027-09-24 12:00 -0600",
      "Buenas tardes:\n\nPor medio del presente ejerzo mi derecho de cancelaci\u00f3n (derechos ARCO) respecto de mis datos personales que obran en su poder. Les compr\u00e9 un soporte para bicicleta el a\u00f1o pasado.\n\nSaludos cordiales,\nAlejandro Ru\u00edz Ochoa\nGuadalajara, Jalisco, M\u00e9xico",
      label=R(["deletion"], [], "es", "Mexico ARCO: no regime"))

build("it-request-cancellazione-milano.eml", "gmail", ("Francesca Colombo", "francesca.colombo@example.it"),
      "Richiesta di cancellazione dati", "2027-08-07 09:20 +0200",
      "Buongiorno,\n\nai sensi dell'art. 17 del GDPR chiedo la cancellazione di tutti i miei dati personali e la chiusura del mio account.\n\nCordiali saluti,\nFrancesca Colombo\nMilano",
      label=R(["deletion"], ["gdpr"], "it"))

build("it-request-rettifica-in-ps.eml", "thunderbird", ("Stefano Bertolini", "stefano.bertolini@example.it"),
      "Guarnizione per lavatrice Candy", "2027-08-23 17:40 +0200",
      "Salve,\n\navete per caso il fermo della guarnizione per una lavatrice Candy GVS? Il pezzo originale si \u00e8 spezzato e nessuno lo vende pi\u00f9. Posso mandarvi una foto.\n\nGrazie,\nStefano\nTorino\n\nP.S. Nel vostro sistema il mio cognome \u00e8 scritto \"Bertolino\": potete correggerlo in Bertolini?",
      label=R(["correction"], ["gdpr"], "it", "request in P.S. under a parts question"))

build("it-request-limitazione-roma.eml", "outlook", ("Avv. Giulia Santoro", "giulia.santoro@example.it"),
      "Richiesta di limitazione del trattamento", "2027-09-13 15:30 +0200",
      "Spett.le 3DPros LLC,\n\nscrivo a titolo personale. Ai sensi dell'art. 18 GDPR chiedo la limitazione del trattamento dei miei dati personali, in quanto contesto l'esattezza dei dati relativi ai miei ordini (risultano due ordini che non ho mai effettuato).\n\nDistinti saluti,\nGiulia Santoro\nRoma",
      label=R(["restriction"], ["gdpr"], "it", "a lawyer writing for herself, not as agent"))

build("pt-request-apagamento-lisboa.eml", "gmail", ("Jo\u00e3o Tavares", "joao.tavares@example.pt"),
      "Pedido de apagamento", "2027-08-10 22:00 +0100",
      "Boa noite,\n\nNos termos do artigo 17.\u00ba do RGPD, solicito o apagamento dos meus dados pessoais. Obrigado.\n\nJo\u00e3o Tavares\nLisboa",
      label=R(["deletion"], ["gdpr"], "pt"))

build("pt-request-porto-sem-marketing.eml", "iphone", ("Mariana Sousa", "mariana.sousa@example.pt"),
      "Emails", "2027-09-01 08:15 +0100",
      "Ol\u00e1, por favor deixem de me enviar emails de promo\u00e7\u00f5es. Obrigada\nMariana, Porto\n\nEnviado do meu iPhone",
      label=R(["opt_out_marketing"], ["gdpr"], "pt"))

build("pt-request-br-lgpd-acesso.eml", "gmail", ("Rafael Albuquerque", "rafael.albuquerque@example.com.br"),
      "Solicita\u00e7\u00e3o LGPD - acesso aos dados", "2027-09-15 10:30 -0300",
      "Ol\u00e1, tudo bem?\n\nCom base na LGPD (Lei 13.709/2018), gostaria de receber a confirma\u00e7\u00e3o de que voc\u00eas tratam meus dados e uma c\u00f3pia deles. Comprei um suporte de ciclocomputador de voc\u00eas pelo site.\n\nValeu,\nRafael Albuquerque\nCuritiba - PR",
      label=R(["access"], ["br_lgpd"], "pt", "Brazilian Portuguese; LGPD named"))

build("nl-request-avg-inzage-utrecht.eml", "gmail", ("Femke de Vries", "femke.devries@example.nl"),
      "Inzageverzoek AVG", "2027-08-13 14:14 +0200",
      "Beste 3DPros,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt.\n\nMet vriendelijke groet,\nFemke de Vries\nUtrecht",
      label=R(["access"], ["gdpr"], "nl"))

build("nl-request-verwijderen-iphone.eml", "iphone", ("Bram Jansen", "bramjansen@example.nl"),
      "Account", "2027-09-04 23:30 +0200",
      "Hoi, kunnen jullie mijn account en gegevens verwijderen? Thx\n\nVerstuurd vanaf mijn iPhone",
      label=R(["deletion"], [], "nl"))

build("pl-request-rodo-usuniecie-krakow.eml", "gmail", ("Katarzyna W\u00f3jcik", "k.wojcik@example.pl"),
      "\u017b\u0105danie usuni\u0119cia danych (RODO)", "2027-08-15 18:00 +0200",
      "Dzie\u0144 dobry,\n\nna podstawie art. 17 RODO wnosz\u0119 o usuni\u0119cie moich danych osobowych. Jednocze\u015bnie cofam zgod\u0119 na otrzymywanie newslettera.\n\nPozdrawiam,\nKatarzyna W\u00f3jcik\nKrak\u00f3w",
      subj_mode="b", label=R(["deletion", "opt_out_marketing", "withdraw_consent"], ["gdpr"], "pl", "withdrawal of newsletter consent"))

build("pl-request-ograniczenie-gdansk.eml", "outlook", ("Tomasz Lewandowski", "t.lewandowski@example.pl"),
      "Ograniczenie przetwarzania", "2027-09-06 09:50 +0200",
      "Szanowni Pa\u0144stwo,\n\nzgodnie z art. 18 RODO \u017c\u0105dam ograniczenia przetwarzania moich danych osobowych do czasu wyja\u015bnienia reklamacji dotycz\u0105cej zam\u00f3wienia 3DP-27-10655.\n\nZ powa\u017caniem\nTomasz Lewandowski\nGda\u0144sk",
      charset="utf-8", label=R(["restriction"], ["gdpr"], "pl", "Outlook but UTF-8 (Polish)"))

build("pl-request-sprzeciw-wroclaw.eml", "android", ("Micha\u0142 Zieli\u0144ski", "michal.zielinski@example.pl"),
      "sprzeciw", "2027-09-25 20:20 +0200",
      "Dzie\u0144 dobry, wnosz\u0119 sprzeciw wobec przetwarzania moich danych w celach analitycznych i profilowania. Wroc\u0142aw\n\nWys\u0142ane z telefonu Samsung Galaxy",
      label=R(["objection"], ["gdpr"], "pl"))

build("sv-request-radering-goteborg.eml", "gmail", ("Elin Sandberg", "elin.sandberg@example.se"),
      "Radera mina uppgifter", "2027-08-17 10:30 +0200",
      "Hej!\n\nJag vill att ni raderar alla personuppgifter ni har om mig, inklusive mitt konto. K\u00f6pte en cykelh\u00e5llare i v\u00e5ras.\n\nMvh\nElin Sandberg\nG\u00f6teborg",
      label=R(["deletion"], ["gdpr"], "sv"))

build("sv-request-registerutdrag.eml", "thunderbird", ("Olof Hedlund", "olof.hedlund@example.se"),
      "Beg\u00e4ran om registerutdrag enligt GDPR", "2027-09-12 08:08 +0200",
      "Hej,\n\nJag beg\u00e4r ett registerutdrag enligt artikel 15 i dataskyddsf\u00f6rordningen (GDPR) \u00f6ver de personuppgifter ni behandlar om mig.\n\nV\u00e4nliga h\u00e4lsningar\nOlof Hedlund",
      label=R(["access"], ["gdpr"], "sv", "GDPR named, no city"))

build("da-request-indsigt-kobenhavn.eml", "apple", ("Rasmus Holm", "rasmus.holm@example.dk"),
      "Anmodning om indsigt", "2027-08-21 13:13 +0200",
      "Hej,\n\nJeg vil gerne have indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15.\n\nVenlig hilsen\nRasmus Holm\nK\u00f8benhavn",
      label=R(["access"], ["gdpr"], "da"))

build("da-request-ingen-markedsforing.eml", "iphone", ("Sofie Lund", "sofie.lund@example.dk"),
      "Nyhedsbrev", "2027-09-19 07:30 +0200",
      "Hej, vil I ikke nok stoppe med at sende mig nyhedsbreve og tilbud? Tak\n\nSendt fra min iPhone",
      label=R(["opt_out_marketing"], [], "da"))

build("cs-request-vymaz-brno.eml", "gmail", ("Petr Dvo\u0159\u00e1k", "petr.dvorak@example.cz"),
      "\u017d\u00e1dost o v\u00fdmaz osobn\u00edch \u00fadaj\u016f", "2027-08-25 11:45 +0200",
      "Dobr\u00fd den,\n\nv souladu s \u010dl. 17 GDPR \u017e\u00e1d\u00e1m o v\u00fdmaz v\u0161ech m\u00fdch osobn\u00edch \u00fadaj\u016f.\n\nS pozdravem\nPetr Dvo\u0159\u00e1k\nBrno",
      subj_mode="b", label=R(["deletion"], ["gdpr"], "cs"))

build("no-request-sletting-oslo.eml", "gmail", ("Kari Nordb\u00f8", "kari.nordbo@example.no"),
      "Sletting av personopplysninger", "2027-08-28 15:00 +0200",
      "Hei,\n\nJeg ber om at dere sletter alle personopplysninger dere har om meg, jf. GDPR artikkel 17.\n\nMvh\nKari Nordb\u00f8\nOslo",
      label=R(["deletion"], ["gdpr"], "no"))

build("fi-request-tarkastusoikeus.eml", "plain", ("Laura Virtanen", "laura.virtanen@example.fi"),
      "Tarkastuspyynt\u00f6", "2027-09-03 12:00 +0300",
      "Hei,\n\nHaluan k\u00e4ytt\u00e4\u00e4 tarkastusoikeuttani ja saada kopion minua koskevista henkil\u00f6tiedoista, joita k\u00e4sittelette.\n\nYst\u00e4v\u00e4llisin terveisin\nLaura Virtanen\nEspoo",
      label=R(["access"], ["gdpr"], "fi"))

build("is-request-afturkalla-samthykki.eml", "gmail", ("Gu\u00f0r\u00fan J\u00f3nsd\u00f3ttir", "gudrun.jonsdottir@example.is"),
      "Afturk\u00f6llun sam\u00feykkis", "2027-09-10 10:00 +0000",
      "G\u00f3\u00f0an daginn,\n\n\u00c9g afturkalla sam\u00feykki mitt fyrir \u00fev\u00ed a\u00f0 \u00fei\u00f0 noti\u00f0 myndina af hj\u00f3linu m\u00ednu \u00ed augl\u00fdsingum.\n\nKve\u00f0ja,\nGu\u00f0r\u00fan J\u00f3nsd\u00f3ttir\nAkureyri",
      label=R(["withdraw_consent"], ["gdpr"], "is", "Icelandic; Akureyri (Iceland, EEA)"))

build("ga-request-scriosadh-gaillimh.eml", "gmail", ("Seosamh Mac Donncha", "seosamh.macdonncha@example.ie"),
      "Iarratas ar scriosadh sonra\u00ed", "2027-09-14 19:00 +0100",
      "A chara,\n\nIarraim oraibh gach sonra pearsanta at\u00e1 agaibh f\u00fam a scriosadh, faoi Airteagal 17 den GDPR.\n\nLe meas,\nSeosamh Mac Donncha\nGaillimh",
      label=R(["deletion"], ["gdpr"], "ga", "Irish language"))

build("sk-request-namietka-bratislava.eml", "gmail", ("Zuzana Kov\u00e1\u010dov\u00e1", "zuzana.kovacova@example.sk"),
      "Nesúhlas so spracúvaním", "2027-09-20 09:00 +0200",
      "Dobr\u00fd de\u0148,\n\nnamietam proti spracúvaniu m\u00f4jich osobn\u00fdch \u00fadajov na \u00fa\u010dely anal\u00fdzy n\u00e1kupov a profilovania pod\u013ea \u010dl. 21 GDPR.\n\nS pozdravom\nZuzana Kov\u00e1\u010dov\u00e1\nBratislava",
      label=R(["objection"], ["gdpr"], "sk"))

build("ja-request-kaiji-seikyu.eml", "gmail", ("\u5c71\u672c \u7f8e\u54b2", "misaki.yamamoto@example.jp"),
      "\u500b\u4eba\u60c5\u5831\u306e\u958b\u793a\u8acb\u6c42", "2027-08-30 10:00 +0900",
      "3DPros\u5fa1\u4e2d\n\n\u500b\u4eba\u60c5\u5831\u4fdd\u8b77\u6cd5\u306b\u57fa\u3065\u304d\u3001\u8cb4\u793e\u304c\u4fdd\u6709\u3059\u308b\u79c1\u306e\u500b\u4eba\u60c5\u5831\u306e\u958b\u793a\u3092\u8acb\u6c42\u3044\u305f\u3057\u307e\u3059\u3002\u6628\u5e74\u3001\u81ea\u8ee2\u8eca\u7528\u306e\u30e9\u30a4\u30c8\u30db\u30eb\u30c0\u30fc\u3092\u8cfc\u5165\u3057\u307e\u3057\u305f\u3002\n\n\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002\n\u5c71\u672c \u7f8e\u54b2",
      subj_mode="b", label=R(["access"], [], "ja", "APPI: no regime"))

build("ko-request-sakje-base64.eml", "b64", ("\uae40\ubbfc\uc900", "minjun.kim@example.kr"),
      "\uac1c\uc778\uc815\ubcf4 \uc0ad\uc81c \uc694\uccad", "2027-09-16 11:30 +0900",
      "\uc548\ub155\ud558\uc138\uc694.\n\n\uac1c\uc778\uc815\ubcf4 \ubcf4\ud638\ubc95\uc5d0 \ub530\ub77c \uc81c \uacc4\uc815\uacfc \uac1c\uc778\uc815\ubcf4\ub97c \ubaa8\ub450 \uc0ad\uc81c\ud574 \uc8fc\uc2dc\uae30 \ubc14\ub78d\ub2c8\ub2e4.\n\n\uac10\uc0ac\ud569\ub2c8\ub2e4.\n\uae40\ubbfc\uc900",
      subj_mode="b", label=R(["deletion"], [], "ko", "PIPA: no regime; base64 body"))

build("zh-request-shanchu-base64.eml", "b64", ("\u9648\u6167\u654f", "huimin.chen@example.com"),
      "\u8bf7\u5220\u9664\u6211\u7684\u4e2a\u4eba\u4fe1\u606f", "2027-10-02 21:00 +0800",
      "\u60a8\u597d\uff0c\n\n\u6211\u53bb\u5e74\u5728\u8d35\u516c\u53f8\u4e70\u8fc7\u4e00\u4e2a\u51b0\u7bb1\u95e8\u67b6\u3002\u8bf7\u5220\u9664\u6211\u7684\u8d26\u6237\u548c\u6240\u6709\u4e2a\u4eba\u4fe1\u606f\uff0c\u5e76\u4e14\u4e0d\u8981\u518d\u7ed9\u6211\u53d1\u9001\u5e7f\u544a\u90ae\u4ef6\u3002\n\n\u8c22\u8c22\uff01\n\u9648\u6167\u654f",
      subj_mode="b", label=R(["deletion", "opt_out_marketing"], [], "zh", "base64 body"))
