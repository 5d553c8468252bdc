from common import *

# ------------------------------------------------------------------ our replies (outgoing)
SAR = "en-request-uk-sar-formal.eml"
CCPA = "en-request-ccpa-delete-dont-sell.eml"
IE = "en-request-ie-erasure.eml"
AGNP = "en-request-agent-no-proof.eml"
DEA = "de-request-dsgvo-auskunft-formal.eml"
FRS = "fr-request-rgpd-suppression-lyon.eml"
ESA = "es-request-acceso-portabilidad-valencia.eml"
TX = "en-request-tx-access-on-shipping-thread.eml"
TX2 = "en-request-texas-everything.eml"
CT = "en-request-ct-export.eml"
PAR = "en-request-parent-son-review-and-account.eml"
SIO = "en-request-no-legal-words-name-and-address.eml"
LAW = "en-request-lawfirm-poa.eml"
DOUG = "en-request-angry-unsubscribed-three-times.eml"
VA = "en-request-va-appeal.eml"

out("en-outgoing-ack-uk-sar.eml", SAR, "PD-2027-0412", "Harriet Pennington-Leigh <h.penningtonleigh@example.co.uk>",
    "Re: Subject Access Request - orders 3DP-26-08810 and 3DP-27-10115", "2027-08-10 09:15 -0500",
    "Dear Ms Pennington-Leigh,\n\nThank you for your subject access request, which we received on 9 August 2027. We have matched it to the two orders you mention and will send you a copy of your personal data and the supplementary information within one month.\n\nKind regards,\nRuth\n3DPros Team")

out("en-outgoing-verify-ccpa.eml", CCPA, "PD-2027-0405", "Priya Raman <priya.raman@example.com>",
    "Re: CCPA request - delete + do not sell", "2027-08-04 15:40 -0500",
    "Hi Priya,\n\nWe've received your request to delete your personal information and to opt out of sale/sharing. The opt-out is effective now. Before we delete, please confirm the shipping ZIP code and the last four digits of the card used on order 3DP-27-09977 by replying to this email.\n\nThanks,\n3DPros Team")

out("en-outgoing-done-ie-erasure.eml", IE, "PD-2027-0418", "Aoife Brennan <aoife.brennan@example.ie>",
    "Re: Erasure request", "2027-08-25 10:20 -0500",
    "Hi Aoife,\n\nYour account, saved addresses and order correspondence have been erased. We keep the invoice records for your two orders for tax purposes only, as our notice describes; they're not used for anything else.\n\nBest,\n3DPros Team")

out("en-outgoing-agent-needs-authorization.eml", AGNP, "PD-2027-0430", "Scrubwise Privacy Team <requests@scrubwise.example>",
    "Re: Data Deletion Request on behalf of Carla Munoz [SW-448120]", "2027-08-23 11:00 -0500",
    "Hello,\n\nWe received your request on behalf of Carla Munoz. To act on it we need written permission signed by Ms. Munoz authorizing Scrubwise to submit this request for her. Until then, we have applied the do-not-sell/share opt-out, which needs no verification.\n\nRegards,\n3DPros Team")

out("de-outgoing-eingangsbestaetigung.eml", DEA, "PD-2027-0401", "Dr. Wolfgang Reimers <w.reimers@example.de>",
    "AW: Auskunftsersuchen nach Art. 15 DSGVO", "2027-08-03 08:30 -0500",
    "Sehr geehrter Herr Dr. Reimers,\n\nvielen Dank f\u00fcr Ihre Anfrage vom 2. August 2027. Wir best\u00e4tigen den Eingang und senden Ihnen die Auskunft innerhalb eines Monats zu. Zur Sicherheit bitten wir Sie, uns die E-Mail-Adresse zu best\u00e4tigen, mit der die Bestellung 3DP-27-10233 aufgegeben wurde.\n\nMit freundlichen Gr\u00fc\u00dfen\n3DPros Team", lang="de")

out("fr-outgoing-accuse-reception.eml", FRS, "PD-2027-0403", "Camille Rousseau <camille.rousseau@example.fr>",
    "Re: Demande de suppression de mes donn\u00e9es (RGPD)", "2027-08-05 09:00 -0500",
    "Bonjour Madame Rousseau,\n\nNous accusons r\u00e9ception de votre demande du 4 ao\u00fbt. Vous ne recevrez plus de courriels promotionnels. La suppression de vos donn\u00e9es sera effectu\u00e9e dans un d\u00e9lai d'un mois et nous vous le confirmerons.\n\nCordialement,\nL'\u00e9quipe 3DPros", lang="fr")

out("es-outgoing-acuse.eml", ESA, "PD-2027-0436", "Jordi Ferrer Puig <jordi.ferrer@example.es>",
    "RE: Derecho de acceso y portabilidad", "2027-08-20 08:45 -0500",
    "Estimado Sr. Ferrer:\n\nHemos recibido su solicitud. \u00bfLe parece bien recibir sus datos en un archivo CSV? Responderemos en el plazo de un mes.\n\nUn saludo,\nEquipo 3DPros", lang="es")

# ------------------------------------------------------------------ follow-ups
fu("en-followup-uk-sar-any-update.eml", SAR, "outlook", ("Harriet Pennington-Leigh", "h.penningtonleigh@example.co.uk"),
   "RE: [PD-2027-0412] Re: Subject Access Request - orders 3DP-26-08810 and 3DP-27-10115", "2027-09-06 08:50 +0100",
   "Good morning,\n\nIt is now nearly four weeks since your acknowledgement. Could you let me know when I can expect the data?\n\nRegards,\nHarriet Pennington-Leigh\n\n-----Original Message-----\nFrom: 3DPros Team <3dprosteam@gmail.com>\nSent: 10 August 2027 15:15\nSubject: [PD-2027-0412] Re: Subject Access Request\n\nDear Ms Pennington-Leigh,\nThank you for your subject access request... we will send you a copy of your personal data within one month.\nRef: PD-2027-0412",
   notes="reminder")

fu("en-followup-ccpa-id-details.eml", CCPA, "gmail", ("Priya Raman", "priya.raman@example.com"),
   "Re: [PD-2027-0405] Re: CCPA request - delete + do not sell", "2027-08-05 08:10 -0700",
   "ZIP is 95126 and the card ended in 4417. I've also attached a photo of the packing slip in case that helps.\n\nPriya\n\n" + quote("Hi Priya,\n\nWe've received your request... please confirm the shipping ZIP code and the last four digits of the card used on order 3DP-27-09977 by replying to this email.\n\nThanks,\n3DPros Team\n\nRef: PD-2027-0405", "3DPros Team <3dprosteam@gmail.com>", "Wed, Aug 4, 2027 at 1:40 PM"),
   attachments=[("jpeg", "IMG_4471.jpg", fake_jpeg("slip"))], notes="verification details sent, JPEG attached")

fu("en-followup-tx-also-dont-share.eml", TX, "gmail", ("Marcus Oyelaran", "m.oyelaran@example.net"),
   "Re: [PD-2027-0409] Re: Your 3DPros order 3DP-27-10482 is on its way", "2027-08-05 12:30 -0500",
   "Thanks for the quick reply. One more thing to add to my request: please don't share or sell my info to advertisers either.\n\nMarcus",
   types=["opt_out_sale"], notes="follow-up that adds a new type; should still join")

fu("en-followup-scrubwise-second-notice.eml", AGNP, "plain", ("Scrubwise Privacy Team", "requests@scrubwise.example"),
   "SECOND NOTICE: Data Deletion Request on behalf of Carla Munoz [SW-448120]", "2027-09-20 04:12 +0000",
   "To whom it may concern,\n\nThis is a second notice regarding the deletion request submitted on 2027-08-21 for the consumer Carla Munoz (carla.munoz.home@example.com). Our records show the request is still open. Please confirm completion.\n\nReference: SW-448120\nScrubwise Privacy Team",
   chain=False, notes="agent reminder as a new message (no In-Reply-To); joins via the SW reference and consumer")

fu("en-followup-ie-thank-you.eml", IE, "iphone", ("Aoife Brennan", "aoife.brennan@example.ie"),
   "Re: [PD-2027-0418] Re: Erasure request", "2027-08-25 19:02 +0100",
   "Brilliant, thanks very much!\n\nSent from my iPhone", notes="thanks")

fu("en-followup-parent-proof.eml", PAR, "gmail", ("Michelle Okafor", "michelle.okafor@example.com"),
   "Re: My son's account and review", "2027-08-23 18:30 -0400",
   "Hi, as requested here's a copy of his birth certificate with the ID number blacked out, showing me as his mother. Let me know once it's all removed.\n\nMichelle",
   attachments=[("pdf", "Daniel_birth_cert_redacted.pdf", fake_pdf("Certificate of Live Birth - redacted"))], notes="parent sends proof of guardianship")

fu("en-followup-token-only.eml", CT, "thunderbird", ("Rosalind Achebe", "rachebe@example.org"),
   "[PD-2027-0422] any news?", "2027-09-08 09:00 -0400",
   "Hello,\n\nChecking in on this one - I haven't received the export yet.\n\nRosalind", chain=False,
   notes="new message carrying only the token")

fu("en-followup-why-id.eml", TX2, "gmail", ("Luis Cardenas", "luis.cardenas@example.net"),
   "Re: [PD-2027-0447] my data", "2027-09-03 07:15 -0500",
   "Why do you need my driver's license? I just want my stuff deleted. The order number was 3DP-27-10590 if that's enough.\n\nLuis",
   notes="answers our verification question")

fu("en-followup-siobhan-phone-too.eml", SIO, "iphone", ("Siobhan Leary", "siobhan.leary@example.com"),
   "Re: my info is wrong", "2027-08-31 08:02 -0400",
   "oh and the phone # is old too, new one is 518-555-0163. thx!\n\nSent from my iPhone",
   types=["correction"], notes="adds a further correction to the same request")

fu("en-followup-lawfirm-status.eml", LAW, "outlook", ("Sandra Ilves", "silves@ilves-law.example"),
   "RE: [PD-2027-0426] Our client Teodoro Baca - data access and deletion (POA enclosed)", "2027-09-22 10:00 -0700",
   "Counsel,\n\nWe have not yet received the disclosure for Mr. Baca. Please advise when it will be provided. The 45-day period runs on October 4.\n\nSandra Ilves\nIlves & Marchetti LLP", notes="agent reminder")

fu("en-followup-doug-still-getting-them.eml", DOUG, "gmail", ("Doug Petrakis", "dpetrakis@example.com"),
   "Re: [PD-2027-0421] STOP EMAILING ME", "2027-08-19 07:58 -0400",
   "Fine. Just got ANOTHER one this morning though, after your reply. I'm assuming that's the last.\n\nDoug", notes="grumbling reminder, not a new complaint")

fu("en-followup-va-appeal-attachment.eml", VA, "outlook", ("Alan Chisholm", "alan.chisholm@example.com"),
   "RE: [PD-2027-0437] Appeal of your decision on my deletion request", "2027-08-24 09:10 -0400",
   "Attached is the July 29 email I referred to, so you have it in one place.\n\nAlan", attachments=[("pdf", "3DPros_reply_2027-07-29.pdf", fake_pdf("Reply of 29 July 2027"))],
   notes="adds evidence to the appeal")

fu("de-followup-bestaetigung-email.eml", DEA, "outlook", ("Dr. Wolfgang Reimers", "w.reimers@example.de"),
   "AW: [PD-2027-0401] AW: Auskunftsersuchen nach Art. 15 DSGVO", "2027-08-03 17:20 +0200",
   "Sehr geehrte Damen und Herren,\n\nich best\u00e4tige, dass die Bestellung mit dieser E-Mail-Adresse (w.reimers@example.de) aufgegeben wurde.\n\nMit freundlichen Gr\u00fc\u00dfen\nW. Reimers", lang="de", charset="windows-1252", notes="confirms identity")

fu("fr-followup-confirmation.eml", FRS, "gmail", ("Camille Rousseau", "camille.rousseau@example.fr"),
   "Re: [PD-2027-0403] Re: Demande de suppression de mes donn\u00e9es (RGPD)", "2027-09-08 10:40 +0200",
   "Bonjour,\n\nUn mois est pass\u00e9 : pouvez-vous me confirmer que la suppression a bien \u00e9t\u00e9 faite ?\n\nMerci,\nCamille", lang="fr", notes="reminder")

fu("es-followup-csv-vale.eml", ESA, "outlook", ("Jordi Ferrer Puig", "jordi.ferrer@example.es"),
   "RE: [PD-2027-0436] RE: Derecho de acceso y portabilidad", "2027-08-20 18:05 +0200",
   "Buenas tardes:\n\nS\u00ed, el CSV me va bien. Gracias.\n\nJordi", lang="es", charset="windows-1252", notes="answers our format question")

fu("it-followup-sollecito.eml", "it-request-cancellazione-milano.eml", "gmail", ("Francesca Colombo", "francesca.colombo@example.it"),
   "Re: [PD-2027-0406] Richiesta di cancellazione dati", "2027-09-09 09:00 +0200",
   "Buongiorno,\n\nnon ho ancora ricevuto conferma della cancellazione. Potete aggiornarmi?\n\nGrazie,\nFrancesca Colombo", lang="it", notes="reminder")

fu("pl-followup-przypomnienie.eml", "pl-request-rodo-usuniecie-krakow.eml", "gmail", ("Katarzyna W\u00f3jcik", "k.wojcik@example.pl"),
   "Re: [PD-2027-0415] \u017b\u0105danie usuni\u0119cia danych (RODO)", "2027-09-16 12:00 +0200",
   "Dzie\u0144 dobry,\n\nuprzejmie przypominam o moim \u017c\u0105daniu z 15 sierpnia. Nadal dostaj\u0119 newsletter.\n\nPozdrawiam,\nKatarzyna W\u00f3jcik", lang="pl", subj_mode="b", notes="reminder")

fu("sv-followup-nar-klart.eml", "sv-request-radering-goteborg.eml", "iphone", ("Elin Sandberg", "elin.sandberg@example.se"),
   "Re: [PD-2027-0420] Radera mina uppgifter", "2027-08-19 21:00 +0200",
   "Tack! N\u00e4r \u00e4r det klart ungef\u00e4r?\n\nSkickat fr\u00e5n min iPhone", lang="sv", notes="question on timing")

fu("pt-followup-obrigado.eml", "pt-request-apagamento-lisboa.eml", "gmail", ("Jo\u00e3o Tavares", "joao.tavares@example.pt"),
   "Re: [PD-2027-0416] Pedido de apagamento", "2027-08-12 09:30 +0100",
   "Obrigado pela resposta. Confirmo que o email da conta \u00e9 este.\n\nJo\u00e3o", lang="pt", notes="confirms account email")

fu("nl-followup-identiteit.eml", "nl-request-avg-inzage-utrecht.eml", "gmail", ("Femke de Vries", "femke.devries@example.nl"),
   "Re: [PD-2027-0419] Inzageverzoek AVG", "2027-08-16 13:00 +0200",
   "Hallo,\n\nHierbij het bestelnummer ter verificatie: 3DP-27-10371. Een kopie van mijn paspoort stuur ik liever niet.\n\nGroet,\nFemke", lang="nl", notes="verification detail")

fu("ja-followup-orei.eml", "ja-request-kaiji-seikyu.eml", "gmail", ("\u5c71\u672c \u7f8e\u54b2", "misaki.yamamoto@example.jp"),
   "Re: [PD-2027-0450] \u500b\u4eba\u60c5\u5831\u306e\u958b\u793a\u8acb\u6c42", "2027-09-02 09:00 +0900",
   "\u3054\u9023\u7d61\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002\u6ce8\u6587\u756a\u53f7\u306f 3DP-26-08121 \u3067\u3059\u3002\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002\n\n\u5c71\u672c", lang="ja", subj_mode="b", notes="sends order number")
