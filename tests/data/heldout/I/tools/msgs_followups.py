"""Our outgoing replies and the requesters' follow-ups (hand-written)."""
from kit import M, SHOP, SHOP_NAME

US = (SHOP_NAME, SHOP)

# ================= outgoing =================
M("en-outgoing-ack-ccpa-know-delete.eml", style="shop", frm=US, to=("Harriet Vandermolen", "hvandermolen@example.com"),
  subj="Re: Consumer request under the CCPA – right to know and right to delete [PD-2027-0104]",
  date="2027-02-05 09:30 -0600", irt="en-request-ccpa-know-and-delete.eml",
  body="""Hi Harriet,

Thanks for your message. We've logged your request to know and your request to delete under reference PD-2027-0104. We'll confirm your identity against orders 3DP-40417 and 3DP-41022 and get back to you within 45 days.

Ref: PD-2027-0104

Best,
Marco
3DPros LLC
2307 Hayfield Square, Pflugerville, TX 78660
""",
  follow_up_of="en-request-ccpa-know-and-delete.eml", notes="Our acknowledgement.")

M("en-outgoing-verify-id-sar.eml", style="shop", frm=US, to=("Rosalind Achterberg", "r.achterberg@example.co.uk"),
  subj="Re: Subject Access Request – Rosalind Achterberg [PD-2027-0112]", date="2027-02-18 11:02 -0600",
  irt="en-request-sar-formal-uk.eml",
  body="""Dear Ms Achterberg,

We have received your subject access request (reference PD-2027-0112). Before we send personal data, we need to confirm we're sending it to the right person. Could you reply with a scan or photo of a document showing your name and the Cambridge delivery address (a utility bill or bank statement is fine; you may black out everything else)?

Ref: PD-2027-0112

Kind regards,
Marco
3DPros LLC
""",
  follow_up_of="en-request-sar-formal-uk.eml", notes="We ask for verification.")

M("de-outgoing-eingangsbestaetigung.eml", style="shop", frm=US, to=("Dr. Friederike Albrecht-Sommer", "f.albrecht-sommer@example.de"),
  subj="Re: Auskunftsersuchen nach Art. 15 DSGVO [PD-2027-0101]", date="2027-02-04 08:15 -0600",
  irt="de-request-dsgvo-auskunft-art15.eml",
  body="""Sehr geehrte Frau Dr. Albrecht-Sommer,

vielen Dank für Ihr Auskunftsersuchen. Wir haben es unter dem Aktenzeichen PD-2027-0101 erfasst und melden uns innerhalb eines Monats mit der vollständigen Auskunft.

Ref: PD-2027-0101

Mit freundlichen Grüßen
Marco
3DPros LLC
""",
  follow_up_of="de-request-dsgvo-auskunft-art15.eml", notes="German acknowledgement.")

M("fr-outgoing-accuse-reception.eml", style="shop", frm=US, to=("Bérénice Faucher", "berenice.faucher@example.fr"),
  subj="Re: Demande d'accès et de rectification (RGPD) [PD-2027-0108]", date="2027-02-08 10:40 -0600",
  irt="fr-request-rgpd-acces-rectification-lyon.eml",
  body="""Bonjour Madame Faucher,

Nous accusons réception de votre demande d'accès et de rectification, enregistrée sous la référence PD-2027-0108. Nous vous répondrons dans un délai d'un mois.

Ref: PD-2027-0108

Cordialement,
Marco
3DPros LLC
""",
  follow_up_of="fr-request-rgpd-acces-rectification-lyon.eml", notes="French acknowledgement.")

M("en-outgoing-done-opt-out-sale.eml", style="shop", frm=US, to=("Gloria Estrada-Whelan", "gloria.ew@example.com"),
  subj="Re: Do Not Sell or Share My Personal Information [PD-2027-0106]", date="2027-02-08 14:00 -0600",
  irt="en-request-do-not-sell-share.eml",
  body="""Hi Gloria,

Your opt-out of sale and sharing is in place as of today (reference PD-2027-0106). For what it's worth, 3DPros doesn't sell customer data, but we've flagged your record so nothing will be shared for advertising either.

Ref: PD-2027-0106

Best,
Marco
""",
  follow_up_of="en-request-do-not-sell-share.eml", notes="Completion notice.")

M("en-outgoing-agent-needs-authorization.eml", style="shop", frm=US, to=("Nullfoot Member Services", "agent@nullfoot.example"),
  subj="Re: Data removal on behalf of our member [PD-2027-0161]", date="2027-03-30 09:20 -0500",
  irt="en-request-agent-nullfoot-noproof.eml",
  body="""Hello,

We received your request on behalf of Travis Heidenreich (reference PD-2027-0161). Before we can act on it, please send us written permission signed by Mr. Heidenreich authorizing Nullfoot to submit this request, as the Colorado Privacy Act allows us to ask.

Ref: PD-2027-0161

Regards,
Marco
3DPros LLC
""",
  follow_up_of="en-request-agent-nullfoot-noproof.eml", notes="We ask the agent for proof of authority.")

M("pl-outgoing-dane-usuniete.eml", style="shop", frm=US, to=("Małgorzata Zielińska", "m.zielinska@example.pl"),
  subj="Re: Żądanie usunięcia danych (art. 17 RODO) [PD-2027-0110]", date="2027-02-24 10:00 -0600", hmode="B",
  irt="pl-request-usuniecie-rodo-wroclaw.eml",
  body="""Dzień dobry,

potwierdzamy, że Pani dane osobowe zostały usunięte z naszych systemów (sprawa PD-2027-0110). Zachowujemy jedynie faktury, które musimy przechowywać zgodnie z przepisami podatkowymi.

Ref: PD-2027-0110

Pozdrawiamy
Marco, 3DPros LLC
""",
  follow_up_of="pl-request-usuniecie-rodo-wroclaw.eml", notes="Polish completion notice.")

M("en-outgoing-ack-form-minor-content.eml", style="shop", frm=US, to=("Benjamin Hartsough", "bhartsough@example.com"),
  subj="Your privacy request [PD-2027-0140]", date="2027-03-01 12:30 -0600",
  body="""Hi Benjamin,

Thanks for using our privacy request form. We've logged your request to remove the content you posted while under 18 (reference PD-2027-0140). We'll take the showcase photos and comments down within a few days and let you know.

Ref: PD-2027-0140

Best,
Marco
3DPros LLC
""",
  follow_up_of="en-request-form-minor-content.eml", notes="Acknowledgement of a form request; this reply bounces (see en-auto-dsn-returns-our-ack).")

# ================= follow-ups =================
M("en-followup-sar-proof-attached.eml", style="outlook", frm=("Rosalind Achterberg", "r.achterberg@example.co.uk"),
  subj="RE: Subject Access Request – Rosalind Achterberg [PD-2027-0112]", date="2027-02-20 09:40 +0000",
  irt="en-outgoing-verify-id-sar.eml", refs=["en-request-sar-formal-uk.eml", "en-outgoing-verify-id-sar.eml"],
  attach=[("jpg", "council_tax_bill_2027.jpg")],
  body="""Hello Marco,

Photo of my council tax bill attached, with the amounts blacked out.

Regards,
Rosalind Achterberg

From: 3DPros Team <3dprosteam@gmail.com>
Sent: 18 February 2027 17:02
To: Rosalind Achterberg <r.achterberg@example.co.uk>
Subject: Re: Subject Access Request – Rosalind Achterberg [PD-2027-0112]

Dear Ms Achterberg,

We have received your subject access request (reference PD-2027-0112). Before we send personal data, we need to confirm we're sending it to the right person.
""",
  follow_up_of="en-request-sar-formal-uk.eml", notes="Proof of address sent after our verification request.")

M("en-followup-any-update-ccpa.eml", style="outlook", frm=("Harriet Vandermolen", "hvandermolen@example.com"),
  subj="RE: Consumer request under the CCPA – right to know and right to delete [PD-2027-0104]", date="2027-03-09 16:00 -0800",
  irt="en-outgoing-ack-ccpa-know-delete.eml", refs=["en-request-ccpa-know-and-delete.eml", "en-outgoing-ack-ccpa-know-delete.eml"],
  body="""Hello Marco,

It has been over a month. Is there any update on my request?

Harriet

-----Original Message-----
From: 3DPros Team <3dprosteam@gmail.com>
Sent: Friday, February 5, 2027 7:30 AM
Subject: Re: Consumer request under the CCPA [PD-2027-0104]

Thanks for your message. We've logged your request to know and your request to delete under reference PD-2027-0104.
""",
  follow_up_of="en-request-ccpa-know-and-delete.eml", notes="Plain reminder, not a complaint.")

M("en-followup-also-dont-sell.eml", style="iphone", frm=("Tyrese Okafor", "tyrese.okafor@example.net"),
  subj="Re: account [PD-2027-0103]", date="2027-02-05 12:10 -0500",
  irt="ack:PD-2027-0103", refs=["en-request-terse-delete-acct.eml", "ack:PD-2027-0103"],
  body="""ok cool. and until its deleted dont sell or share any of it pls

Sent from my iPhone

> On Feb 4, 2027, at 10:05 AM, 3DPros Team <3dprosteam@gmail.com> wrote:
>
> Hi Tyrese, we got your deletion request (Ref: PD-2027-0103) and will confirm once it's done.
""",
  types=["opt_out_sale"], follow_up_of="en-request-terse-delete-acct.eml",
  notes="Follow-up adding a new type (opt_out_sale); must still join the thread.")

M("en-followup-thanks-opt-out.eml", style="gmail", frm=("Gloria Estrada-Whelan", "gloria.ew@example.com"),
  subj="Re: Do Not Sell or Share My Personal Information [PD-2027-0106]", date="2027-02-09 08:02 -0800",
  irt="en-outgoing-done-opt-out-sale.eml", refs=["en-request-do-not-sell-share.eml", "en-outgoing-done-opt-out-sale.eml"],
  body="""Great, thank you for the quick turnaround!

Gloria

On Mon, Feb 8, 2027 at 12:00 PM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Gloria,
>
> Your opt-out of sale and sharing is in place as of today (reference PD-2027-0106).
>
> Ref: PD-2027-0106
""",
  follow_up_of="en-request-do-not-sell-share.eml", notes="Thank-you reply.")

M("en-followup-agent-authorization-sent.eml", style="gmail", frm=("Nullfoot Member Services", "agent@nullfoot.example"),
  subj="Re: Data removal on behalf of our member [PD-2027-0161]", date="2027-04-01 07:15 -0600",
  irt="en-outgoing-agent-needs-authorization.eml",
  refs=["en-request-agent-nullfoot-noproof.eml", "en-outgoing-agent-needs-authorization.eml"],
  attach=[("pdf", "Heidenreich_signed_authorization.pdf", "Authorization - Travis Heidenreich")],
  body="""Hello,

Attached is the signed authorization from Travis Heidenreich. Please proceed with the deletion and confirm.

Nullfoot Member Services

On Tue, Mar 30, 2027 at 8:20 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Before we can act on it, please send us written permission signed by Mr. Heidenreich
> Ref: PD-2027-0161
""",
  follow_up_of="en-request-agent-nullfoot-noproof.eml", notes="Agent supplies proof of authority.")

M("de-followup-monatsfrist.eml", style="outlook", frm=("Dr. Friederike Albrecht-Sommer", "f.albrecht-sommer@example.de"),
  subj="AW: Auskunftsersuchen nach Art. 15 DSGVO [PD-2027-0101]", date="2027-03-08 08:05 +0100", clang="de-DE",
  irt="de-outgoing-eingangsbestaetigung.eml", refs=["de-request-dsgvo-auskunft-art15.eml", "de-outgoing-eingangsbestaetigung.eml"],
  body="""Sehr geehrter Herr Marco,

die Monatsfrist ist inzwischen abgelaufen. Wann darf ich mit der Auskunft rechnen?

Mit freundlichen Grüßen
F. Albrecht-Sommer

Von: 3DPros Team <3dprosteam@gmail.com>
Gesendet: Donnerstag, 4. Februar 2027 15:15
Betreff: Re: Auskunftsersuchen nach Art. 15 DSGVO [PD-2027-0101]
""",
  follow_up_of="de-request-dsgvo-auskunft-art15.eml", notes="German reminder.")

M("fr-followup-relance-adresse.eml", style="thunderbird", frm=("Bérénice Faucher", "berenice.faucher@example.fr"),
  charset="iso-8859-1", cte="8bit", clang="fr", hcharset="iso-8859-1",
  subj="Re: Demande d'accès et de rectification (RGPD) [PD-2027-0108]", date="2027-03-11 18:20 +0100",
  irt="fr-outgoing-accuse-reception.eml", refs=["fr-request-rgpd-acces-rectification-lyon.eml", "fr-outgoing-accuse-reception.eml"],
  body="""Bonjour,

Je me permets de vous relancer : je reçois toujours vos e-mails sur l'ancienne adresse erronée. Où en est ma demande ?

Cordialement,
Bérénice Faucher

Le 08/02/2027 à 17:40, 3DPros Team a écrit :
> Nous accusons réception de votre demande d'accès et de rectification, enregistrée sous la référence PD-2027-0108.
""",
  follow_up_of="fr-request-rgpd-acces-rectification-lyon.eml", notes="French reminder, Latin-1.")

M("en-followup-still-got-newsletter.eml", style="gmail", frm=("Rufus Adeyemi-Kline", "rufus.ak@example.com"),
  subj="Re: consent [PD-2027-0127]", date="2027-03-20 10:30 -0500",
  irt="ack:PD-2027-0127", refs=["en-request-withdraw-newsletter-survey.eml", "ack:PD-2027-0127"],
  body="""Got the newsletter again this morning. Thought this was done?

On Thu, Mar 4, 2027 at 11:00 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Rufus, we've received your withdrawal (Ref: PD-2027-0127) and will remove you from both lists.
""",
  follow_up_of="en-request-withdraw-newsletter-survey.eml", notes="Reminder; not labelled complaint.")

M("pl-followup-dziekuje-kopie-zapasowe.eml", style="thunderbird", frm=("Małgorzata Zielińska", "m.zielinska@example.pl"),
  subj="Re: Żądanie usunięcia danych (art. 17 RODO) [PD-2027-0110]", date="2027-02-25 09:00 +0100", hmode="B",
  irt="pl-outgoing-dane-usuniete.eml", refs=["pl-request-usuniecie-rodo-wroclaw.eml", "pl-outgoing-dane-usuniete.eml"],
  body="""Dziękuję. Czy dane zostały usunięte również z kopii zapasowych?

M. Zielińska

W dniu 24.02.2027 o 17:00, 3DPros Team pisze:
> potwierdzamy, że Pani dane osobowe zostały usunięte z naszych systemów (sprawa PD-2027-0110).
""",
  follow_up_of="pl-request-usuniecie-rodo-wroclaw.eml", notes="Thanks plus a question about backups.")

M("nl-followup-nog-niets-gehoord.eml", style="gmail", frm=("Sanne de Wit-Hoekstra", "sanne.dewit@example.nl"),
  subj="Re: Verzoek tot verwijdering (AVG) [PD-2027-0111]", date="2027-03-15 13:00 +0100",
  irt="ack:PD-2027-0111", refs=["nl-request-verwijderen-avg-utrecht.eml", "ack:PD-2027-0111"],
  body="""Hallo,

Ik heb sinds jullie ontvangstbevestiging niets meer gehoord. Zijn mijn gegevens inmiddels verwijderd?

Groet, Sanne

Op wo 10 feb 2027 om 09:00 schreef 3DPros Team <3dprosteam@gmail.com>:
> Ref: PD-2027-0111
""",
  follow_up_of="nl-request-verwijderen-avg-utrecht.eml", notes="Dutch reminder.")

M("sv-followup-id-handling.eml", style="outlook", frm=("Gustav Lindahl", "gustav.lindahl@example.se"),
  subj="SV: Begäran om registerutdrag enligt GDPR [PD-2027-0133]", date="2027-03-12 07:45 +0100", clang="sv-SE",
  irt="ack:PD-2027-0133", refs=["sv-request-registerutdrag-gdpr.eml", "ack:PD-2027-0133"],
  attach=[("jpg", "korkort_maskerat.jpg")],
  body="""Hej,

Här kommer en kopia på mitt körkort som ni bad om (personnumret är överstruket).

Vänliga hälsningar
Gustav Lindahl
""",
  follow_up_of="sv-request-registerutdrag-gdpr.eml", notes="ID sent after our (unseen) verification request.")

M("es-followup-novedades.eml", style="outlook", frm=("María Teresa Villalba Gómez", "mt.villalba@example.es"),
  subj="RE: Ejercicio del derecho de acceso [PD-2027-0139]", date="2027-04-12 11:00 +0200", clang="es-ES",
  irt="ack:PD-2027-0139", refs=["es-request-acceso-lopdgdd-madrid.eml", "ack:PD-2027-0139"],
  body="""Buenos días:

¿Hay novedades sobre mi solicitud? Ha pasado ya un mes.

Un saludo,
María Teresa Villalba
""",
  follow_up_of="es-request-acceso-lopdgdd-madrid.eml", notes="Spanish reminder.")

M("it-followup-anche-email.eml", style="thunderbird", frm=("Lorenzo Ferretti", "lorenzo.ferretti@example.it"),
  subj="Re: Rettifica dati e limitazione [PD-2027-0145]", date="2027-03-22 09:10 +0100",
  irt="ack:PD-2027-0145", refs=["it-request-rettifica-limitazione-bologna.eml", "ack:PD-2027-0145"],
  body="""Buongiorno,

dimenticavo: anche l'email secondaria nel profilo è vecchia, quella giusta è lorenzo.ferretti@example.it. Correggete anche quella per favore.

Grazie
Lorenzo

Il 17/03/2027 10:00, 3DPros Team ha scritto:
> Ref: PD-2027-0145
""",
  types=["correction"], follow_up_of="it-request-rettifica-limitazione-bologna.eml",
  notes="Adds one more correction to the open request.")

M("en-followup-token-only-nadia.eml", style="gmail", frm=("Nadia Saunders", "nadia.saunders@example.ca"),
  subj="PD-2027-0131", date="2027-04-02 18:45 -0700",
  body="""any news on this one? I mailed the other customer's invoice back to you last week.

Nadia
""",
  follow_up_of="en-request-got-someone-elses-invoice-bc.eml",
  notes="New message (no In-Reply-To) carrying only the token in the subject.")

M("en-followup-hey-did-u-get-it.eml", style="iphone", frm=("Jaylen Brooks", "jaylenbrooks99@example.com"),
  subj="hello??", date="2027-03-21 00:30 -0500",
  body="""hey did u get my msg from last week about my info

Sent from my iPhone""",
  follow_up_of="en-request-what-do-u-have-on-me.eml",
  notes="Fresh message, no token and no threading headers; joins only by sender.")

M("da-followup-modtaget.eml", style="gmail", frm=("Frederik Østergaard", "frederik.ostergaard@example.dk"),
  subj="Re: Indsigt og dataportabilitet", date="2027-03-20 10:00 +0100",
  irt="da-request-indsigt-dataportabilitet-aarhus.eml",
  body="""Hej igen, har I modtaget min anmodning herunder? Jeg har ikke fået nogen bekræftelse.

Frederik

Den lør. 27. feb. 2027 kl. 11.11 skrev Frederik Østergaard <frederik.ostergaard@example.dk>:
> Jeg vil gerne have indsigt i de personoplysninger, I har om mig, og have mine ordredata
> og uploadede filer udleveret i et maskinlæsbart format (dataportabilitet).
""",
  follow_up_of="da-request-indsigt-dataportabilitet-aarhus.eml", notes="Reply to his own request, quoting it.")

M("en-followup-parent-birth-cert.eml", style="gmail", frm=("Renata Albescu", "renata.albescu@example.org"),
  subj="Re: My son's posts and account on your site [PD-2027-0122]", date="2027-02-24 19:00 -0800",
  irt="ack:PD-2027-0122", refs=["en-request-parent-son-posts-ca.eml", "ack:PD-2027-0122"],
  attach=[("pdf", "Luca_birth_certificate_redacted.pdf", "Birth certificate (redacted)")],
  body="""Hi Marco,

As requested, attached is Luca's birth certificate showing me as his mother (I blanked out the certificate number).

Renata

On Thu, Feb 18, 2027 at 9:00 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Ref: PD-2027-0122
""",
  follow_up_of="en-request-parent-son-posts-ca.eml", notes="Parent supplies proof.")

M("en-followup-also-postal-code.eml", style="apple", frm=("Curtis Ballantyne", "curtis.ballantyne@example.ca"),
  subj="Re: Please update my details [PD-2027-0147]", date="2027-03-15 07:40 -0600",
  irt="ack:PD-2027-0147", refs=["en-request-correct-phone-birthday.eml", "ack:PD-2027-0147"],
  body="""One more while you're in there: my postal code in the profile is R3T 2N2, not R3Y.

Thanks,
Curtis

> On Mar 12, 2027, at 9:00 AM, 3DPros Team <3dprosteam@gmail.com> wrote:
>
> Ref: PD-2027-0147
""",
  types=["correction"], follow_up_of="en-request-correct-phone-birthday.eml", notes="Adds a further correction.")

M("cs-followup-uz-smazano.eml", style="gmail", frm=("Tereza Dvořáková", "tereza.dvorakova@example.cz"),
  subj="Re: Žádost o výmaz osobních údajů [PD-2027-0125]", date="2027-03-25 10:20 +0100",
  irt="ack:PD-2027-0125", refs=["cs-request-vymaz-brno.eml", "ack:PD-2027-0125"],
  body="""Dobrý den, už jste moje údaje smazali? Pořád mi chodí e-maily o objednávkách.

Tereza
""",
  follow_up_of="cs-request-vymaz-brno.eml", notes="Czech reminder.")

M("en-followup-im-in-alberta.eml", style="iphone", frm=("Dev Rampersad", "devramp@example.net"),
  subj="Re: getting my stuff out [PD-2027-0150]", date="2027-03-24 11:00 -0600",
  irt="ack:PD-2027-0150", refs=["en-request-zip-of-my-files.eml", "ack:PD-2027-0150"],
  body="""oh forgot, im in edmonton alberta if u need that. a zip of stl's + a csv of orders is perfect

Sent from my iPhone""",
  regimes=["pipeda"], follow_up_of="en-request-zip-of-my-files.eml",
  notes="Clarifies location; follow-up regimes only what the follow-up shows.")

M("ja-followup-kakunin.eml", style="gmail", frm=("佐藤 美咲", "misaki.sato@example.jp"), hmode="B",
  subj="Re: 保有個人データの開示請求について [PD-2027-0157]", date="2027-04-02 09:00 +0900",
  irt="ack:PD-2027-0157", refs=["ja-request-kaiji-seikyu.eml", "ack:PD-2027-0157"],
  body="""ご連絡ありがとうございます。
本人確認のため、注文時の配送先住所をお知らせします：東京都世田谷区（番地以下省略）。
よろしくお願いいたします。
佐藤
""",
  follow_up_of="ja-request-kaiji-seikyu.eml", notes="Japanese verification reply.")
