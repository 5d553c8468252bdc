"""Outgoing replies and follow-ups (hand-written)."""
from spec import M, L
from kit import fake_pdf, fake_jpeg

SIG = "\n\n--\n3DPros Team\n3DPros LLC · 2307 Hayfield Square, Pflugerville, TX 78660\n3dprosteam@gmail.com"

# ---- outgoing -----------------------------------------------------------------------------
M("en-outgoing-ack-ccpa-verify.eml", "ours", ("3DPros Team", "3dprosteam@gmail.com"),
  "Re: CCPA request - Marisol Ocampo [PD-2027-0411]", "2027-11-04 11:30:00 CST",
  """Hi Marisol,

Thanks for your message. We have logged your request to know, delete and opt out of sale/sharing under reference PD-2027-0411. We have already switched off any sharing of your details.

Before we send a copy of your information and delete it, we need to confirm it's you: please reply with the billing ZIP code on order 3DP-26-11873 and the last four digits of the card you used.

Ref: PD-2027-0411""" + SIG,
  to="marisol.ocampo@example.net", irt="en-request-ccpa-know-delete-dontsell.eml",
  L=L(fu="en-request-ccpa-know-delete-dontsell.eml", notes="our acknowledgement + verification ask"))

M("en-outgoing-ack-uk-sar.eml", "ours", ("3DPros Team", "3dprosteam@gmail.com"),
  "Re: Subject Access Request - Harriet Ashdown [PD-2027-0415]", "2027-11-10 09:02:00 CST",
  """Dear Ms Ashdown,

We acknowledge receipt of your subject access request of 9 November 2027, logged as PD-2027-0415. We will respond within one month, i.e. by 9 December 2027.

Ref: PD-2027-0415""" + SIG,
  to="h.ashdown@example.co.uk", irt="en-request-uk-sar-formal.eml",
  L=L(fu="en-request-uk-sar-formal.eml"))

M("de-outgoing-eingangsbestaetigung.eml", "ours", ("3DPros Team", "3dprosteam@gmail.com"),
  "Re: Auskunftsersuchen nach Art. 15 DSGVO [PD-2027-0408]", "2027-11-04 10:10:00 CST",
  """Sehr geehrter Herr Brenner,

vielen Dank für Ihre Anfrage. Wir haben Ihr Auskunftsersuchen unter der Nummer PD-2027-0408 erfasst und melden uns innerhalb eines Monats mit der Auskunft.

Ref: PD-2027-0408""" + SIG,
  to="m.brenner@example.de", irt="de-request-dsgvo-auskunft-koeln.eml",
  L=L(fu="de-request-dsgvo-auskunft-koeln.eml"))

M("fr-outgoing-demande-justificatif.eml", "ours", ("3DPros Team", "3dprosteam@gmail.com"),
  "Re: Demande d'accès et de rectification – RGPD [PD-2027-0426]", "2027-11-16 08:45:00 CST",
  """Bonjour Camille,

Nous avons bien reçu votre demande (référence PD-2027-0426). Le nom sur votre compte a été corrigé en « Lefèvre ». Pour vous envoyer la copie de vos données, pourriez-vous nous confirmer l'adresse de livraison de la commande 3DP-27-03318 ?

Ref: PD-2027-0426""" + SIG,
  to="camille.lefevre@example.fr", irt="fr-request-rgpd-acces-rectification-nantes.eml",
  L=L(fu="fr-request-rgpd-acces-rectification-nantes.eml"))

M("en-outgoing-done-ontario.eml", "ours", ("3DPros Team", "3dprosteam@gmail.com"),
  "Re: Personal information request (PIPEDA) [PD-2027-0420]", "2027-11-20 14:00:00 CST",
  """Hi Priya,

Your phone number has been updated to 647-555-0188, and attached to this message you'll find a summary of the personal information we hold about you (account details, three orders, and your newsletter preference).

Ref: PD-2027-0420""" + SIG,
  to="priya.r@example.ca", irt="en-request-ontario-pipeda-access-correction.eml",
  L=L(fu="en-request-ontario-pipeda-access-correction.eml", notes="this reply bounced (en-auto-bounce-our-reply-ontario)"))

# ---- follow-ups ---------------------------------------------------------------------------
M("en-followup-ccpa-id-details.eml", "gmail", ("Marisol Ocampo", "marisol.ocampo@example.net"),
  "Re: CCPA request - Marisol Ocampo [PD-2027-0411]", "2027-11-06 09:14:00 PST",
  """Hi, billing ZIP is 92104 and the card ended 4417. I also attached a photo of my license with the number covered, in case that helps.

Marisol

On Thu, Nov 4, 2027 at 9:30 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Marisol,
> Thanks for your message. We have logged your request ... under reference PD-2027-0411.
> Ref: PD-2027-0411""",
  irt="en-outgoing-ack-ccpa-verify.eml", atts=[("license_covered.jpg", "image/jpeg", fake_jpeg("ocampo"))],
  L=L(fu="en-request-ccpa-know-delete-dontsell.eml", notes="ID details sent, JPEG attached"))

M("en-followup-token-only-ccpa.eml", "iphone", ("Marisol Ocampo", "marisol.ocampo@example.net"),
  "PD-2027-0411", "2027-12-15 18:02:00 PST",
  "Has the deletion gone through? It's been over a month.\n\nSent from my iPhone",
  L=L(fu="en-request-ccpa-know-delete-dontsell.eml", notes="new message, no In-Reply-To; only the token in the subject ties it"))

M("en-followup-uk-sar-any-update.eml", "outlook", ("Harriet Ashdown", "h.ashdown@example.co.uk"),
  "RE: Subject Access Request - Harriet Ashdown [PD-2027-0415]", "2027-12-08 16:20:00 GMT",
  """Dear 3DPros,

Tomorrow is the deadline you gave me. Could you let me know whether my data will be sent on time?

Kind regards,
Harriet Ashdown

From: 3DPros Team <3dprosteam@gmail.com>
Sent: 10 November 2027 15:02
To: Harriet Ashdown <h.ashdown@example.co.uk>
Subject: Re: Subject Access Request - Harriet Ashdown [PD-2027-0415]

Dear Ms Ashdown,
We acknowledge receipt of your subject access request of 9 November 2027, logged as PD-2027-0415.""",
  irt="en-outgoing-ack-uk-sar.eml", L=L(fu="en-request-uk-sar-formal.eml", notes="'any update?' reminder"))

M("en-followup-also-dont-sell.eml", "iphone", ("Tanner Holt", "tholt88@example.com"),
  "Re: Account", "2027-11-04 07:55:00 CST",
  """Also forgot to say, until it's deleted don't sell or pass my info to anybody.

Sent from my iPhone

> On Nov 2, 2027, at 9:47 PM, Tanner Holt <tholt88@example.com> wrote:
>
> Please delete my account and everything you've got on me. Thanks""",
  irt="en-request-iphone-delete-everything.eml",
  L=L(fu="en-request-iphone-delete-everything.eml", notes="adds a new type (opt_out_sale) to his own earlier request; should still join"))

M("en-followup-priya-never-heard.eml", "tb", ("Priya Raghunathan", "priya.r@example.ca"),
  "Re: Personal information request (PIPEDA)", "2027-12-01 10:30:00 EST",
  """Hello again,

I haven't received anything since my request on November 13. Could you confirm you got it? Note I recently moved my mail to this new server, so if you replied before, it may have been lost.

Priya

On 2027-11-13 11:03, Priya Raghunathan wrote:
> Under PIPEDA I would like access to the personal information your company
> holds about me, and I'd also ask you to correct my phone number""",
  irt="en-request-ontario-pipeda-access-correction.eml",
  L=L(fu="en-request-ontario-pipeda-access-correction.eml", notes="our reply bounced; she chases"))

M("en-followup-scrubnest-second-notice.eml", "plain", ("ScrubNest Privacy Team", "requests@scrubnest.example"),
  "SECOND NOTICE: Consumer Privacy Request #SN-2027-884213", "2027-12-20 04:00:00 UTC",
  """This is an automated second notice regarding request #SN-2027-884213 submitted on 2027-11-20 on behalf of Angela Whitcombe (angela.whitcombe@example.org).

We have not received confirmation that this request has been completed. Please reply to this email to confirm.

ScrubNest | Personal data removal on autopilot""",
  irt="en-request-agent-noproof-scrubnest.eml",
  L=L(fu="en-request-agent-noproof-scrubnest.eml", agent=("ScrubNest", "requests@scrubnest.example"),
      agent_for=("Angela Whitcombe", "angela.whitcombe@example.org"), notes="agent reminder; templated but about the request, so follow_up not automated"))

M("en-followup-parent-birth-certificate.eml", "outlook", ("Denise Kowalczyk", "denise.kowalczyk@example.com"),
  "RE: My son's account and photos", "2027-11-18 08:40:00 PST",
  """Hi,

In case you need it, attached is proof that I'm Mateo's mother (birth certificate, other details blacked out). The contest post is still up as of this morning.

Denise""",
  irt="en-request-parent-ca-son-miniatures.eml", atts=[("Mateo_birth_cert_redacted.pdf", "application/pdf", fake_pdf("Certificate of Live Birth"))],
  L=L(fu="en-request-parent-ca-son-miniatures.eml", notes="parent proof, PDF"))

M("de-followup-erinnerung-auskunft.eml", "outlook", ("Matthias Brenner", "m.brenner@example.de"),
  "AW: Auskunftsersuchen nach Art. 15 DSGVO [PD-2027-0408]", "2027-12-06 09:00:00 CET",
  """Guten Tag,

die Monatsfrist läuft in wenigen Tagen ab. Bitte teilen Sie mir mit, wann ich mit der Auskunft rechnen kann.

Mit freundlichen Grüßen
Matthias Brenner""",
  charset="utf-8", irt="de-outgoing-eingangsbestaetigung.eml",
  L=L(fu="de-request-dsgvo-auskunft-koeln.eml"))

M("fr-followup-justificatif-adresse.eml", "gmail", ("Camille Lefèvre", "camille.lefevre@example.fr"),
  "Re: Demande d'accès et de rectification – RGPD [PD-2027-0426]", "2027-11-18 19:12:00 CET",
  """Bonsoir,

L'adresse de livraison était 9 rue Kervégan, 44000 Nantes. Je joins aussi une facture à mon nom, si besoin.

Merci pour la correction du nom !
Camille""",
  irt="fr-outgoing-demande-justificatif.eml", atts=[("facture_edf_nov.pdf", "application/pdf", fake_pdf("Facture"))],
  L=L(fu="fr-request-rgpd-acces-rectification-nantes.eml", notes="verification details + PDF"))

M("es-followup-novedades.eml", "gmail", ("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
  "Re: Ejercicio de derechos de supresión y oposición", "2027-12-12 10:05:00 CET",
  """Hola de nuevo,

¿Hay alguna novedad sobre mi solicitud? No he recibido respuesta.

Lucía

El mié, 17 nov 2027 a las 12:00, Lucía Ferrándiz (<lucia.ferrandiz@example.es>) escribió:
> Al amparo del RGPD, me opongo al tratamiento de mis datos para elaborar perfiles
> de compra y les solicito la supresión de todos mis datos personales""",
  irt="es-request-supresion-oposicion-valencia.eml", L=L(fu="es-request-supresion-oposicion-valencia.eml"))

M("pl-followup-przypomnienie.eml", "gmail", ("Katarzyna Wiśniewska", "k.wisniewska@example.pl"),
  "Re: Usunięcie danych i wycofanie zgody", "2028-01-03 08:30:00 CET",
  """Dzień dobry,

minął już ponad miesiąc, a nadal dostaję od Państwa newslettery. Proszę o informację, czy moje dane zostały usunięte.

Katarzyna Wiśniewska""",
  irt="pl-request-rodo-usuniecie-zgoda.eml", L=L(fu="pl-request-rodo-usuniecie-zgoda.eml", notes="reminder; still receiving newsletters, no new ask"))

M("ja-followup-kakunin.eml", "plain", ("佐藤 美咲", "misaki.sato@example.jp"),
  "Re: 個人情報の開示請求について", "2028-01-20 09:30:00 JST",
  """3DPros ご担当者様

先日お送りした開示請求の件、受け取っていただけましたでしょうか。
ご確認のほどよろしくお願いいたします。

佐藤""",
  charset="iso-2022-jp", cte="7bit", irt="ja-request-kaiji-seikyu.eml", L=L(fu="ja-request-kaiji-seikyu.eml"))
