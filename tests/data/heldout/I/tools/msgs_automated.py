"""Automated mail: out-of-office, DSN bounces, lists (hand-written)."""
from kit import M

AR = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
MSX = [("X-MS-Exchange-Inbox-Rules-Loop", "placeholder"), ("X-Auto-Response-Suppress", "All")]


def ooo(fname, frm, subj, date, body, headers, style="gmail", notes="", irt=None, **kw):
    hd = [(k, (frm[1] if v == "placeholder" else v)) for k, v in headers]
    M(fname, style=style, frm=frm, subj=subj, date=date, body=body, headers=hd, irt=irt,
      automated="auto_reply", notes=notes or "Out-of-office.", html_auto=False, **kw)


ooo("en-auto-ooo-teacher-midterm-break.eml", ("Inge Verhoeven", "i.verhoeven@lyceum-delta.example"),
    "Automatic reply: Re: Your order confirmation exposed my home address [PD-2027-0129]", "2027-03-03 08:00 +0100",
    """I'm away during the spring break and back on Monday 8 March. For urgent matters about the technology department, please contact the school office.

Inge Verhoeven""", AR + MSX, style="outlook", irt="ack:PD-2027-0129",
    notes="Out-of-office in reply to our acknowledgement of a request; must not open a request; follow_up_of left empty by convention.")

ooo("en-auto-ooo-no-autosubmitted.eml", ("Greg Hollister", "greg.hollister@example.com"),
    "Out of Office: Re: quote for 6 replacement gears", "2027-02-12 09:00 -0600",
    """Thanks for your email. I'm at a trade show until Feb 19 with limited access to email. If this is about an order, I'll reply when I'm back.

Greg""", [("X-Auto-Response-Suppress", "All")], style="outlook",
    notes="OOO without Auto-Submitted; only the subject and X-Auto-Response-Suppress give it away.")

ooo("en-auto-ooo-makerspace-coordinator.eml", ("Priyanka Rao", "priyanka@torontomakers.example"),
    "Auto: Re: Invoice for makerspace filament order", "2027-03-30 12:00 -0400",
    """Hi! I'm on leave until April 12. Questions about memberships or the laser cutter: info@torontomakers.example. Orders and invoices will wait for me :)""",
    AR + [("Precedence", "auto_reply")])

ooo("en-auto-ooo-school-holiday.eml", ("Mr Adrian Coyle", "a.coyle@stcolumbas.example"),
    "Automatic reply: 3D printed trophies - proof attached", "2027-04-06 10:00 +0100",
    """Thank you for your email. The school is closed for the Easter holidays until Monday 19 April. I will respond to your message on my return.

Mr A. Coyle, Head of Design & Technology""", AR + MSX, style="outlook")

ooo("de-auto-abwesenheit.eml", ("Sabine Kroll", "s.kroll@example.de"),
    "Abwesenheitsnotiz: Re: Angebot Ersatzteile", "2027-02-17 08:30 +0100",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.02.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an werkstatt@example.de.

Mit freundlichen Grüßen
Sabine Kroll""", AR, style="outlook")

ooo("fr-auto-absence.eml", ("Julien Garnier", "julien.garnier@example.fr"),
    "Absence du bureau : Re: Devis 50 pièces", "2027-03-19 09:00 +0100",
    """Bonjour,

Je suis absent jusqu'au 29 mars avec un accès limité à ma messagerie. Pour toute urgence concernant le fablab, écrivez à contact@example.fr.

Cordialement,
Julien Garnier""", AR)

ooo("nl-auto-afwezig.eml", ("Bram Jacobs", "bram.jacobs@example.be"),
    "Automatisch antwoord: Re: offerte printonderdelen", "2027-02-22 10:00 +0100",
    """Bedankt voor uw bericht. Ik ben afwezig tot en met 1 maart (krokusvakantie). Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groeten,
Bram Jacobs""", AR + MSX, style="outlook")

ooo("sv-auto-franvaro.eml", ("Lena Ekström", "lena.ekstrom@example.se"),
    "Frånvaro: Re: Beställning 3DP-42110", "2027-02-23 08:00 +0100",
    """Hej! Jag är på sportlov till och med 1 mars och läser inte min e-post. Vid brådskande ärenden, kontakta expeditionen.

/Lena""", AR)

ooo("pl-auto-nieobecnosc.eml", ("Katarzyna Wójcik", "k.wojcik@example.pl"),
    "Nieobecność: Re: faktura za zamówienie", "2027-04-01 09:00 +0200",
    """Dzień dobry, jestem na urlopie do 12 kwietnia. W pilnych sprawach proszę o kontakt z sekretariatem szkoły.

Katarzyna Wójcik""", [], style="thunderbird",
    notes="Polish OOO without any auto-reply headers.")

ooo("es-auto-fuera-oficina.eml", ("Pablo Navarro", "pablo.navarro@example.es"),
    "Respuesta automática: Re: presupuesto soportes", "2027-03-29 11:00 +0200",
    """Hola, estoy fuera de la oficina por Semana Santa hasta el 5 de abril. Responderé a tu mensaje a mi vuelta.

Pablo""", AR + MSX, style="outlook")

ooo("it-auto-assenza.eml", ("Chiara Galli", "chiara.galli@example.it"),
    "Risposta automatica: Re: preventivo laboratorio", "2027-04-15 08:00 +0200",
    """Grazie per la mail. Sono assente fino al 22 aprile (gita scolastica). Risponderò al mio rientro.

Chiara Galli""", [("X-Auto-Response-Suppress", "All")], style="outlook",
    notes="Italian OOO without Auto-Submitted.")

ooo("da-auto-ferie.eml", ("Jesper Kjeldsen", "jesper.kjeldsen@example.dk"),
    "Autosvar: Re: tilbud på holdere", "2027-02-15 07:30 +0100",
    """Tak for din mail. Jeg holder vinterferie og er tilbage mandag den 22. februar.

Venlig hilsen
Jesper""", AR)

# ---------- DSN ----------
M("en-auto-dsn-returns-our-ack.eml", style="dsn", subj="Delivery Status Notification (Failure)", date="2027-03-01 12:31 -0600",
  returned="en-outgoing-ack-form-minor-content.eml", failed="bhartsough@example.com",
  diag="550 5.2.1 The email account that you tried to reach is disabled.", status="5.2.1",
  irt="en-outgoing-ack-form-minor-content.eml",
  body="""** Address not found **

Your message wasn't delivered to bhartsough@example.com because the account is disabled.

The response from the remote server was:
550 5.2.1 The email account that you tried to reach is disabled.
""",
  automated="bounce", notes="DSN returning our acknowledgement of a request; must not open or reply; follow_up_of left empty.")

M("en-auto-dsn-no-such-user.eml", style="dsn", subj="Delivery Status Notification (Failure)", date="2027-02-11 16:55 -0600",
  failed="owen.whitcomb@example.net", diag="550 5.1.1 <owen.whitcomb@example.net>: Recipient address rejected: User unknown",
  orig_headers="""From: 3DPros Team <3dprosteam@gmail.com>
To: owen.whitcomb@example.net
Subject: Re: quote for 12x cable clips
Date: Thu, 11 Feb 2027 16:54:02 -0600
Message-ID: <CAqu0teReply7x@mail.gmail.com>
""",
  body="""** Address not found **

Your message wasn't delivered to owen.whitcomb@example.net because the address couldn't be found, or is unable to receive mail.
""",
  automated="bounce", notes="DSN for a quote reply sent to a misspelt address.")

M("en-auto-dsn-delay-school-server.eml", style="dsn", subj="Delivery Status Notification (Delay)", date="2027-03-10 07:00 -0600",
  failed="ap@lakeshoresd.example", action="delayed", diag="421 4.4.2 mx.lakeshoresd.example: connection timed out",
  orig_headers="""From: 3DPros Team <3dprosteam@gmail.com>
To: Accounts Payable <ap@lakeshoresd.example>
Subject: Re: Invoice INV-2027-0219 – incorrect billing address
Date: Tue, 9 Mar 2027 16:02:11 -0600
""",
  body="""** Delivery incomplete **

There was a temporary problem delivering your message to ap@lakeshoresd.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.
""",
  automated="bounce", notes="Delay DSN.")

M("de-auto-dsn-unzustellbar.eml", style="dsn", frm=("Mail Delivery System", "MAILER-DAEMON@mx01.mailhost.example"),
  subj="Unzustellbar: Re: Angebot Ersatzteile", date="2027-04-13 09:30 +0200", mta="mx01.mailhost.example",
  failed="info@werkstatt-kern.example", diag="550 5.1.1 Postfach nicht vorhanden",
  headers=[("X-Failed-Recipients", "info@werkstatt-kern.example")],
  orig_headers="""From: 3DPros Team <3dprosteam@gmail.com>
To: info@werkstatt-kern.example
Subject: Re: Angebot Ersatzteile
""",
  body="""Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  info@werkstatt-kern.example
    Postfach nicht vorhanden
""",
  automated="bounce", notes="German DSN.")

# ---------- lists ----------
def lst(fname, frm, subj, date, body, listid, unsub, style="gmail", notes="Mailing list / newsletter.", extra=()):
    M(fname, style=style, frm=frm, subj=subj, date=date, body=body,
      headers=[("List-Id", listid), ("List-Unsubscribe", unsub), ("Precedence", "list")] + list(extra),
      automated="list", notes=notes)


lst("en-auto-list-makerspace-discuss.eml", ("Jonna Pirinen via Nordic Makers", "nordic-makers@lists.example.org"),
    "[nordic-makers] Anyone know a print service that deletes customer files after the job?", "2027-02-14 20:00 +0100",
    """Hi all,

Our school board wants a print service that deletes uploaded files after delivery and can sign a DPA. Anyone have experience with 3DPros or others shipping to Finland?

Jonna

--
You received this because you are subscribed to nordic-makers.
To unsubscribe, send email to nordic-makers+unsubscribe@lists.example.org
""", "<nordic-makers.lists.example.org>", "<mailto:nordic-makers+unsubscribe@lists.example.org>",
    notes="Mailing-list post about file deletion and DPAs; list mail, asks us nothing directly.")

lst("en-auto-list-filament-newsletter.eml", ("Polymerhaus News", "news@polymerhaus.example"),
    "Spring restock: 12 new PETG colours 🌷", "2027-03-15 06:00 +0100",
    """New in stock this week: 12 PETG colours, recycled PLA in 5 kg spools, and a spring discount for print farms.

Manage your subscription or unsubscribe: https://polymerhaus.example/newsletter/manage
Polymerhaus GmbH, privacy policy: https://polymerhaus.example/privacy
""", "<newsletter.polymerhaus.example>", "<https://polymerhaus.example/newsletter/manage>",
    extra=[("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

lst("en-auto-list-marketplace-seller-digest.eml", ("MakerMart Seller News", "sellernews@makermart.example"),
    "Seller digest: new buyer-privacy rules for shops in the EU", "2027-03-22 05:00 +0000",
    """This month for MakerMart sellers:
- Buyer addresses will be hidden from sellers 60 days after delivery.
- New: handle buyer data requests from your Seller Dashboard.
- Spring promo: free listing boosts for 3D printed home goods.

Unsubscribe from seller news: https://makermart.example/prefs
""", "<seller-digest.makermart.example>", "<https://makermart.example/prefs>")

lst("fr-auto-list-reseau-fablabs.eml", ("Réseau des Fablabs", "lettre@reseau-fablabs.example"),
    "La lettre du réseau – avril 2027", "2027-04-01 07:00 +0200",
    """Au sommaire : rencontres régionales à Lyon, appel à projets « fabrication numérique à l'école », et fiche pratique RGPD pour les fablabs.

Se désinscrire : https://reseau-fablabs.example/desinscription
""", "<lettre.reseau-fablabs.example>", "<https://reseau-fablabs.example/desinscription>")

lst("de-auto-list-schul-newsletter.eml", ("MINT-Netzwerk Schulen", "newsletter@mint-schulen.example"),
    "MINT-Newsletter März: 3D-Druck im Unterricht", "2027-03-05 07:00 +0100",
    """Liebe Lehrkräfte,

im März: Fortbildung 3D-Druck im Technikunterricht, Datenschutz-Checkliste für Schulprojekte und neue Materialkisten zum Ausleihen.

Newsletter abbestellen: https://mint-schulen.example/abmelden
""", "<newsletter.mint-schulen.example>", "<https://mint-schulen.example/abmelden>")

lst("en-auto-list-firmware-announce.eml", ("PrintOS Announce", "announce@printos.example"),
    "[printos-announce] Release 5.4: fleet access controls, data export", "2027-04-20 15:00 +0000",
    """PrintOS 5.4 is out.

- Per-user access controls for print farms
- Export job history as CSV
- Security fixes (CVE-2027-1102)

You are subscribed to printos-announce. Unsubscribe: https://printos.example/lists/announce
""", "<announce.printos.example>", "<https://printos.example/lists/announce>")
