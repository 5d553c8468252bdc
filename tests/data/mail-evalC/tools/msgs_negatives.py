"""Set C: negatives - ordinary business mail, many worded like privacy requests, in several languages."""

from common import FORMS, N, list_headers
from kit import Att, addr, fake_pdf, fake_stl, ics_invite, when

# ================================================================ hard negatives worded like requests

N("en-negative-delete-design-from-cart.eml", addr("Brianna Scott", "brianna.scott@example.com"),
  "how do i delete something from my cart", "2026-09-05 23:02 -0500",
  """hi, the little x next to the items in my cart doesn't do anything. how do i delete the dragon egg
design from my cart? i only want the planter. using safari on iphone

bri""", notes="Delete an item from the shopping cart: website support.")

N("en-negative-change-delivery-to-office.eml", addr("Howard Chen", "howard.chen@example.net"),
  "Deliver to my office instead?", "2026-10-02 08:20 -0700",
  """Hi Marco,

Could you change the delivery address for order 3D-6014 to my office? Nobody's home during the day.

Chen Engineering, 455 Market St, Suite 900, San Francisco CA 94105

Thanks,
Howard""", notes="Delivery address change on an order.")

N("en-negative-cancel-club-membership.eml", addr("Patricia Nolan", "pnolan@example.org"),
  "Mini of the Month club", "2026-11-01 12:12 -0400",
  """Please cancel my Mini of the Month club membership effective immediately. I have too many minis and
not enough shelf space! I was charged Nov 1 - can that be refunded since it hasn't shipped?

Pat Nolan""", notes="Cancel a paid club membership and refund: not a privacy request.")

N("en-negative-erase-layer-lines.eml", addr("Dmitri Volkov", "dmitri.volkov@example.com"),
  "Re: Prototype housing v3", "2026-09-22 10:41 -0500",
  """Marco,

The fit is good now. For the final batch can you erase the layer lines on the front face (sand + prime)
and remove the brim marks? Also delete the logo emboss on the back, the client changed their mind.

Dmitri""", notes="'erase', 'remove', 'delete' applied to a print.")

N("en-negative-vendor-due-diligence.eml", addr("Procurement - Halvorsen Medical", "procurement@halvorsen-med.example"),
  "Vendor onboarding: GDPR compliance documentation", "2026-10-05 09:00 +0200",
  """Dear 3DPros,

As part of onboarding you as a supplier of prototype parts, our procurement policy requires the
following before we can issue a purchase order:
 1. A signed Data Processing Agreement (our template attached), or confirmation that you will not process
    personal data on our behalf;
 2. Your current privacy notice;
 3. A completed information security questionnaire.

Kind regards,
Ingrid Halvorsen
Procurement, Halvorsen Medical AS, Oslo""", client="outlook", content_language="en-GB",
  attachments=[Att("Halvorsen_DPA_template.pdf", "application/pdf",
                   fake_pdf("Data Processing Agreement", ["DATA PROCESSING AGREEMENT", "Controller: Halvorsen Medical AS"]))],
  notes="B2B due-diligence request for a DPA and privacy notice: not a data subject request.")

N("en-negative-analytics-question.eml", addr("Tessa Moreau", "tessa@moreauceramics.example"),
  "Curious: what do you use for analytics?", "2026-11-11 16:30 -0500",
  """Hi! Fellow small shop owner here. I noticed your cookie banner is really clean - which analytics tool
and consent plugin do you use? Trying to make my own site GDPR-friendly for my EU customers.

Tessa""", notes="Question about the shop's privacy tooling, asks nothing about her data.")

N("en-negative-privacy-in-passing-po-box.eml", addr("Wendell Pryor", "wendell.pryor@example.net"),
  "PO box shipping", "2026-10-14 13:55 -0600",
  """Hi there,

I'm a pretty private guy and I don't give out my home address, so I use a PO box. Can you ship the
telescope mount adapter to a USPS PO box, or only UPS/FedEx?

Thanks,
Wendell""", notes="Mentions privacy in passing; asks about shipping to a PO box.")

N("en-negative-forward-invoice-copy.eml", addr("Leah Abrams", "leah.abrams@example.com"),
  "copy of my invoice", "2026-10-27 15:20 -0400",
  """Hi, could you send me a copy of my invoice for order 3D-6120? My work reimburses me and I deleted the
confirmation email by accident.

Thanks!
Leah""", notes="Copy of an invoice for expenses: transaction document, not an access request.")

N("en-negative-remove-me-from-thread.eml", addr("Gary Whitfield", "gary.whitfield@pinecrest-hobbies.example"),
  "RE: RE: RE: Restock: dragon dice towers", "2026-11-23 10:02 -0600",
  """Dana - can you take me off this thread? Pam is handling purchasing now, I'm just the warehouse guy.
Keep her in the loop instead.

Gary
Pinecrest Hobbies""", client="outlook",
  notes="Asks to be removed from a B2B email thread: not a marketing opt-out.")

N("en-negative-update-card-on-file.eml", addr("Simone Baptiste", "simone.baptiste@example.org"),
  "update my card", "2026-09-29 19:30 -0400",
  """My card expired so the filament subscription payment failed. How do I update my card on file? I don't
want to miss this month's box.

Simone""", notes="Payment method update.")

N("en-negative-nda-request.eml", addr("Arjun Mehta", "arjun@lumenlabs.example"),
  "NDA before sending CAD files", "2026-10-09 11:15 -0700",
  """Hi Dana,

We'd like to get 50 enclosures printed for a hardware prototype. Before I send the CAD files, can you
sign our mutual NDA (attached)? The design is confidential until our launch in March.

Thanks,
Arjun Mehta
Lumen Labs""", attachments=[Att("LumenLabs_Mutual_NDA.pdf", "application/pdf",
                                fake_pdf("Mutual NDA", ["MUTUAL NON-DISCLOSURE AGREEMENT"]))],
  notes="Confidentiality of a design (IP), not personal data.")

N("en-negative-our-site-order-notification.eml", FORMS, "[3DPros] New order #3D-6201", "2026-11-29 14:08 -0800",
  """New order received

Order: #3D-6201
Customer: Harriet Vance (hvance@example.com)
Items:
  1 x Modular desk organizer - Sage green
  1 x Cable clips (10 pack)
Subtotal: $38.00  Shipping: $6.50  Total: $44.50
Shipping to: Portland, OR

Manage this order in your dashboard.""", client="webform", mailer="WooCommerce",
  notes="Shop order notification from no-reply@3dpros.com: same sender as privacy forms but not a request.")

N("en-negative-contact-form-nylon.eml", FORMS, "New Entry: Contact us", "2026-10-21 07:45 -0700",
  """Name: Victor Almeida
Email: victor.almeida@example.net
Subject: Nylon printing?
Message: Do you print in nylon or carbon-fiber nylon? I need 4 gears for a garden railway, about 6cm
diameter. Can send STL.

--
This e-mail was sent from a contact form on 3DPros (https://www.3dpros.com)""", client="webform",
  reply_to="victor.almeida@example.net", mailer="WordPress/6.8; https://www.3dpros.com",
  notes="Contact-form notification with a product question (same form plumbing as privacy forms).")

# ---------------------------------------------------------------- privacy-law newsletters and phishing

N("en-negative-privacy-newsletter.eml", addr("PrivacyWire Weekly", "editor@privacywire.example"),
  "PrivacyWire Weekly: DSAR volumes up 40%, Québec's portability right, new state laws", "2026-09-17 06:00 -0400",
  """PRIVACYWIRE WEEKLY - September 17, 2026

TOP STORIES
* Data subject access requests up 40% year over year, survey finds. Most small businesses still handle
  them by email.
* Québec: one year of the right to data portability - what "structured, commonly used technological
  format" means in practice.
* Three more U.S. state privacy laws take effect January 1. Consumers get rights to access, correct,
  delete and opt out of targeted advertising.

TEMPLATE OF THE WEEK
"I am writing to request deletion of my personal data under Article 17 GDPR..." - why regulators say
template letters are valid requests.

Manage your subscription: https://privacywire.example/prefs""", client="plain", mailer="Ghost",
  extra=list_headers("<weekly.privacywire.example>", "<https://privacywire.example/unsubscribe>"),
  automated="list", notes="Privacy-law newsletter quoting a template request: list mail, not a request.")

N("de-negative-datenschutz-newsletter.eml", addr("Kanzlei Brenner Datenschutz-Newsletter", "newsletter@brenner-recht.example"),
  "Datenschutz-Update 11/2026: Auskunftsanspruch, Löschfristen, Bußgelder", "2026-11-05 07:00 +0100",
  """DATENSCHUTZ-UPDATE November 2026

1. BGH: Der Auskunftsanspruch nach Art. 15 DSGVO umfasst auch Kopien von E-Mails.
2. Löschfristen im Onlinehandel: Wann Sie Kundendaten löschen müssen - und wann nicht.
3. Bußgelder: Aufsichtsbehörde verhängt 35.000 EUR wegen unbeantworteter Auskunftsersuchen.

Sie erhalten diesen Newsletter, weil Sie sich auf brenner-recht.example angemeldet haben.
Abmelden: https://brenner-recht.example/newsletter/abmelden""", client="plain", mailer="CleverReach",
  charset="iso-8859-1", cte="quoted-printable", subj_charset="iso-8859-1",
  extra=list_headers("<newsletter.brenner-recht.example>", "<https://brenner-recht.example/newsletter/abmelden>"),
  automated="list", notes="German data-protection law newsletter (Auskunft, Löschung): not a request.")

N("fr-negative-phishing-cnil.eml", addr("CNIL - Service des contrôles", "controle@cnil-conformite.example"),
  "Avis de contrôle : mise en conformité RGPD requise sous 72 heures", "2026-10-13 05:44 +0200",
  html="""<html><body style="font-family:Arial">
<p><b>COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTÉS</b></p>
<p>Madame, Monsieur,</p>
<p>Suite à plusieurs plaintes de personnes concernées, un contrôle de votre traitement de données personnelles a été ouvert (dossier n° 26-CTRL-04418). Vous devez transmettre le registre des traitements et les demandes d'accès reçues sous 72 heures.</p>
<p><a href="https://cnil-conformite.example/dossier/26-CTRL-04418">Accéder à votre espace sécurisé</a></p>
<p>À défaut, une sanction pourra être prononcée.</p>
</body></html>""", html_only=True, client="plain", mailer="PHPMailer 6.9.1",
  notes="French phishing imitating the CNIL: asks us to log in and upload records.")

N("de-negative-phishing-bussgeld.eml", addr("Datenschutzaufsicht Bußgeldstelle", "bussgeld@datenschutz-aufsicht.example"),
  "Bußgeldbescheid wegen Verstoß gegen Art. 15 DSGVO – Az. DS-2026-7781", "2026-11-16 04:12 +0100",
  """Sehr geehrte Damen und Herren,

gegen Ihr Unternehmen wurde wegen Nichtbeantwortung eines Auskunftsersuchens ein Bußgeld in Höhe von
4.800,00 EUR festgesetzt. Den vollständigen Bescheid sowie die Zahlungsinformationen finden Sie im
Anhang bzw. unter folgendem Link:

https://datenschutz-aufsicht.example/bescheid/DS-2026-7781.zip

Zahlen Sie innerhalb von 7 Tagen, um weitere Kosten zu vermeiden.

Bußgeldstelle""", client="plain", charset="utf-8", notes="German phishing imitating a DPA fine notice.")

N("en-negative-phishing-secure-message-dsr.eml", addr("DocuVault Secure Message", "no-reply@docuvault-share.example"),
  "Secure message: Data Subject Request from customer (3 documents)", "2026-09-26 14:20 +0000",
  """You have received a secure message

Sender: privacy-requests@customer-rights-center.example
Subject: Data Subject Request - 3 documents attached (deletion, access, ID)

To view these documents, sign in with your email provider:
https://docuvault-share.example/view?d=7f3a91&login=google

This link expires in 24 hours.""", client="plain",
  notes="Phishing disguised as a secure-message notice about a 'data subject request'.")

N("en-negative-phishing-ico-fee.eml", addr("ICO Registration", "fees@ico-registration-uk.example"),
  "Data protection fee overdue - your business may be fined", "2026-11-02 08:10 +0000",
  """Our records show that 3DPros LLC has not paid the data protection fee required for organisations
processing personal data of UK residents. Pay now to avoid a penalty of up to GBP 4,350:

https://ico-registration-uk.example/pay?ref=3DPROS

Information Commissioner's Office - Registration Team""", client="plain",
  notes="Phishing imitating the UK ICO fee reminder.")

# ================================================================ ordinary business mail

N("en-negative-job-application-cad.eml", addr("Mira Castellanos", "mira.castellanos@example.com"),
  "CAD designer - freelance availability", "2026-09-09 10:30 -0500",
  """Hello Dana and Marco,

I'm a freelance product designer (SolidWorks, Fusion, Blender) based in Round Rock. I saw on your site
that you do custom models - if you ever need overflow design help I'd love to work with you. Portfolio
and CV attached.

Best,
Mira Castellanos""", attachments=[Att("Mira_Castellanos_CV.pdf", "application/pdf",
                                       fake_pdf("CV", ["MIRA CASTELLANOS", "Product Designer"]))],
  notes="Freelance job application.")

N("en-negative-supplier-price-increase.eml", addr("Filamentia Supply Co.", "sales@filamentia.example"),
  "Price adjustment effective January 1, 2027", "2026-11-20 09:00 -0500",
  """Dear valued partner,

Due to increased resin and freight costs, PLA and PETG prices will increase by 6% effective January 1,
2027. Orders placed before December 20 will be invoiced at current prices.

Filamentia Supply Co. Sales""", client="outlook", notes="Supplier price notice.")

N("en-negative-freight-quote.eml", addr("Lone Star Freight", "quotes@lonestarfreight.example"),
  "Freight quote LSF-88120: 2 pallets Pflugerville -> Denver", "2026-10-08 15:30 -0500",
  """Hi Marco,

Quote for 2 pallets (approx. 380 lbs each), liftgate at delivery:
 Standard LTL, 4-5 days: $486.00
 Expedited, 2 days: $792.00

Valid 14 days. Reply to book.

Lone Star Freight""", notes="Freight quote.")

N("en-negative-influencer-collab.eml", addr("Jules from MakerMinute", "jules@makerminute.example"),
  "Collab? 220k subscribers", "2026-09-14 17:48 -0700",
  """Hey 3DPros!

I run MakerMinute on YouTube (220k subs). Would love to feature your articulated dragons in a holiday gift
guide video. Rates start at $800 or we can do product + affiliate code. Interested?

Jules""", notes="Influencer collaboration pitch.")

N("en-negative-chargeback-notice.eml", addr("PayStream Disputes", "disputes@paystream.example"),
  "Action needed: a customer disputed a payment ($64.00)", "2026-10-30 06:30 +0000",
  """A cardholder has disputed a payment of $64.00 (order 3D-6088) with the reason "Product not received".

Respond by November 13, 2026 with tracking and delivery evidence to contest the dispute.

PayStream Disputes""", client="plain", notes="Payment dispute notice.")

N("en-negative-google-security-alert.eml", addr("Google", "no-reply@accounts.google.com"),
  "Security alert", "2026-10-24 22:15 +0000",
  """A new sign-in on Mac

3dprosteam@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do
anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.""",
  client="gform", notes="Account security notification.")

N("en-negative-bad-review-alert.eml", addr("ReviewNest", "alerts@reviewnest.example"),
  "New 2-star review for 3DPros", "2026-11-14 12:00 +0000",
  """Tom W. left a 2-star review: "Print was fine but shipping took 3 weeks."

Reply publicly or privately from your ReviewNest dashboard.""", client="plain",
  notes="Review platform notification.")

N("en-negative-cpa-sales-tax.eml", addr("Linda Park, CPA", "linda@parkcpa.example"),
  "Q3 sales tax filing - need your reports", "2026-10-06 10:20 -0500",
  """Hi Dana,

Reminder that the Q3 Texas sales tax return is due October 20. Please send me the sales report by state
and the marketplace facilitator summaries by Friday.

Thanks,
Linda Park, CPA""", client="outlook", notes="Accountant reminder.")

N("en-negative-insurance-renewal.eml", addr("Cedar Mutual Business Insurance", "renewals@cedarmutual.example"),
  "Your business owner's policy renews on 12/15/2026", "2026-11-16 08:00 -0600",
  """Dear 3DPros LLC,

Your business owner's policy BOP-22-771203 renews on December 15, 2026. Your new premium is $1,284.00
per year. Review your coverage, including the optional cyber and data-breach endorsement, in your
online account.

Cedar Mutual""", client="plain", notes="Insurance renewal mentioning data-breach coverage.")

N("en-negative-custom-order-thread.eml", addr("Ruth Abernathy", "ruth.abernathy@example.com"),
  "Re: Re: Custom urn design", "2026-09-30 14:35 -0500",
  """Marco,

Thank you for being so patient with me. The second sketch is right - please go ahead with the cardinal
on the lid. My mother loved cardinals.

Ruth

On Mon, Sep 28, 2026 at 10:02 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Ruth,
>
> I've attached two versions of the lid. Version 2 has the cardinal slightly larger and the engraving
> moved to the side. Take your time.
>
> Marco
>
> On Sat, Sep 26, 2026 at 7:18 PM Ruth Abernathy <ruth.abernathy@example.com> wrote:
>> Hello, I'd like a custom keepsake urn for my mother's ashes, about the size of a coffee can, with a
>> cardinal on the lid and her name engraved: "Margaret Abernathy 1941-2026".""",
  notes="Custom order thread with quoted history.")

N("de-negative-rechnungsadresse-firma.eml", addr("Buchhaltung Weber & Söhne", "buchhaltung@weber-soehne.example"),
  "Korrektur Rechnungsanschrift – Rechnung INV-26-1190", "2026-10-16 09:40 +0200",
  """Sehr geehrte Damen und Herren,

bitte korrigieren Sie die Rechnungsanschrift auf Rechnung INV-26-1190. Korrekt ist:

Weber & Söhne Modellbau GmbH
Industriestraße 7
73430 Aalen
USt-IdNr.: DE123456789

Vielen Dank
Buchhaltung""", client="outlook", charset="windows-1252", content_language="de-DE",
  notes="Company asks to correct an invoice address: transaction document.")

# ---------------------------------------------------------------- non-English ordinary and hard negatives

N("es-negative-eliminar-articulo.eml", addr("Valentina Rojas", "valentina.rojas@example.com"),
  "Eliminar un artículo del pedido", "2026-10-11 20:20 -0300",
  """Hola,

¿Puedo eliminar un artículo de mi pedido 3D-6055? Quiero quitar el soporte de celular y dejar solo la
lámpara. Todavía no fue enviado.

Gracias,
Valentina""", notes="Remove an item from an order.")

N("it-negative-cancellare-ordine.eml", addr("Marco Gallo", "marco.gallo@example.net"), "Cancellare l'ordine",
  "2026-11-07 10:05 +0100",
  """Buongiorno,

vorrei cancellare l'ordine 3D-6150, ho sbagliato la misura. Potete rimborsarmi?

Grazie
Marco Gallo""", notes="'cancellare l'ordine' = cancel the order.")

N("pt-negative-trocar-endereco.eml", addr("Fernanda Lima", "fernanda.lima@uol.example"),
  "Trocar endereço de entrega", "2026-09-21 11:11 -0300",
  """Oi! Mudei de apartamento. Dá para trocar o endereço de entrega do pedido 3D-5990 para Rua Augusta,
1500, ap. 72, São Paulo? Ainda não saiu para entrega.

Obrigada!
Fernanda""", notes="Delivery address change on an open order.")

N("pl-negative-usuniecie-zamowienia.eml", addr("Tomasz Kaczmarek", "t.kaczmarek@wp-pl.example"),
  "Prośba o usunięcie zamówienia", "2026-10-19 07:40 +0200",
  """Dzień dobry,

złożyłem zamówienie dwa razy przez pomyłkę (3D-6070 i 3D-6071). Proszę o usunięcie drugiego
zamówienia i zwrot pieniędzy.

Pozdrawiam
Tomasz Kaczmarek""", client="thunderbird", domain="wp-pl.example", charset="iso-8859-2",
  notes="Polish 'usunięcie zamówienia' (delete a duplicate order).")

N("pl-negative-cv-zgoda.eml", addr("Agnieszka Wójcik", "agnieszka.wojcik@example.com"),
  "Aplikacja - praca zdalna, projektant 3D", "2026-11-04 18:00 +0100",
  """Szanowni Państwo,

w załączeniu przesyłam moje CV w odpowiedzi na ogłoszenie o pracy zdalnej dla projektanta 3D.

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu
rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia
2016 r. (RODO).

Z poważaniem
Agnieszka Wójcik""", attachments=[Att("CV_Agnieszka_Wojcik.pdf", "application/pdf",
                                       fake_pdf("CV", ["AGNIESZKA WOJCIK", "Projektant 3D"]))],
  notes="Polish job application with the usual RODO consent clause: gives consent, requests nothing.")

N("nl-negative-bestelling-annuleren.eml", addr("Femke Visser", "femke.visser@example.org"),
  "Bestelling annuleren", "2026-11-22 21:10 +0100",
  """Hoi,

Kunnen jullie mijn bestelling 3D-6190 annuleren en het bedrag terugstorten? Ik heb hetzelfde lampje
al gekregen voor mijn verjaardag.

Groetjes,
Femke""", notes="Dutch order cancellation.")

N("sv-negative-faktura-kopia.eml", addr("Oskar Lindberg", "oskar.lindberg@example.net"), "Kopia på faktura",
  "2026-10-28 14:30 +0100",
  """Hej,

Kan ni skicka en kopia på fakturan för order 3D-6102? Jag behöver den till bokföringen i min firma.

Tack!
Oskar Lindberg""", notes="Swedish invoice copy request.")

N("fr-negative-quebec-facture-taxes.eml", addr("Marie-Ève Gagnon", "me.gagnon@videotron.example"),
  "Facture avec TPS/TVQ", "2026-11-26 10:45 -0500",
  """Bonjour,

Pour ma compagnie, j'aurais besoin d'une facture qui indique la TPS et la TVQ séparément pour la
commande 3D-6177. Est-ce possible?

Merci!
Marie-Ève Gagnon""", client="outlook", charset="windows-1252", content_language="fr-CA",
  notes="Québec invoice with taxes.")

N("ja-negative-mitsumori.eml", addr("小林 翔", "sho.kobayashi@example.com", "iso-2022-jp", "B"),
  "見積もりのお願い", "2026-10-04 13:20 +0900",
  """3DPros ご担当者様

ロボットコンテスト用の部品（約30点）の3Dプリントをお願いしたく、お見積もりをいただけますでしょうか。
STLデータはご指示いただければお送りします。日本への発送は可能でしょうか。

小林 翔""", client="plain", mailer="Thunderbird", charset="iso-2022-jp", cte="7bit",
  subj_charset="iso-2022-jp", subj_enc="B", notes="Japanese quote request.")

N("ko-negative-baesong.eml", addr("최유나", "yuna.choi@example.com"), "한국 배송 문의", "2026-11-18 09:40 +0900",
  """안녕하세요.

한국으로도 배송이 가능한가요? 관부가세는 어떻게 되는지 궁금합니다. 드래곤 피규어를 주문하려고 합니다.

최유나""", client="plain", mailer="Naver Mail", charset="utf-8", cte="base64", subj_enc="B",
  notes="Korean shipping question.")

N("zh-negative-filament-factory.eml", addr("Ningbo Jiahe Filament Co.", "sales@jiahe-filament.example"),
  "Factory direct PLA/PETG filament 工厂直销耗材", "2026-09-12 02:30 +0800",
  """Dear Purchasing Manager,

您好！We are a professional 3D printing filament factory in Ningbo, China. PLA / PETG / TPU / ABS, 1kg
spools from USD 5.2, MOQ 100kg, OEM labels available. Free samples for new customers.

期待与您合作！
Amy Zhang
Ningbo Jiahe Filament Co., Ltd.""", client="plain", mailer="Foxmail 7.2", charset="utf-8",
  notes="Chinese/English supplier cold email.")

N("en-negative-calendar-craft-fair.eml", addr("Austin Makers Market", "booths@austinmakersmarket.example"),
  "Booth confirmation: Holiday Makers Market (Dec 5)", "2026-11-10 11:00 -0600",
  """Your booth (#42) is confirmed for the Holiday Makers Market on Saturday, December 5, 9am-4pm.
Load-in starts at 7:30am. Calendar invite attached.""",
  attachments=[Att("market.ics", "text/calendar", ics_invite("holiday-market-42@austinmakersmarket.example",
                                                             "Holiday Makers Market - booth 42",
                                                             when("2026-12-05 09:00 -0600"), 420,
                                                             "booths@austinmakersmarket.example",
                                                             "3dprosteam@gmail.com", "Palmer Events Center",
                                                             "Booth 42"))],
  notes="Event booth confirmation with calendar attachment.")

N("en-negative-stl-from-customer.eml", addr("Ezra Goldstein", "ezra.goldstein@example.com"),
  "Files for the chess set", "2026-10-17 16:05 -0400",
  """Hi Marco, here's the knight STL I mentioned. The other pieces are the same as last time. 2 sets in
white and walnut-brown please.

Ezra""", attachments=[Att("knight_v2.stl", "model/stl", fake_stl("knight_v2"))],
  notes="Customer sends an STL for an order.")

N("en-negative-wholesale-reorder.eml", addr("Pam Rudd", "pam.rudd@pinecrest-hobbies.example"),
  "Re-order: dice towers and terrain", "2026-11-24 09:30 -0600",
  """Hi Dana,

I've taken over purchasing from Gary. We'd like to reorder 24 dragon dice towers and 10 sets of the
dungeon terrain tiles, same pricing as September. Net 30 OK?

Pam Rudd
Purchasing, Pinecrest Hobbies""", client="outlook", notes="B2B reorder.")
