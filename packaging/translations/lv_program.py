"""Latvian for the program editor, purchase, refund, reports, staff and the till's own
screen, part 3 of 3, and every plural (LV_PLURAL). Merged by packaging/fill_ru.py."""

LV = {
    "Help && charity": "Palīdzība un labdarība",
    "Words to say": "Vārdi, ko teikt",
    "Preview": "Priekšskatījums",
    "Save as a new version": "Saglabāt kā jaunu versiju",
    "Remove selected": "Noņemt atlasīto",
    "Members refer to this key, so it cannot change.": "Dalībnieki atsaucas uz šo atslēgu, tāpēc to nevar mainīt.",
    "Key": "Atslēga",
    "Name RU": "Nosaukums RU",
    "Name EN": "Nosaukums EN",
    "Colour": "Krāsa",
    "Earn %": "Uzkrāj %",
    "Perks RU": "Priekšrocības RU",
    "Perks EN": "Priekšrocības EN",
    "Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members at "
    "once; a higher one demotes nobody before the end of their qualifying period.":
        "Sliekšņi ir kvalificējošie punkti, un tiem jāaug no 0. Zemāks slieksnis paaugstina "
        "dalībniekus uzreiz; augstāks nevienu nepazemina pirms viņa kvalifikācijas perioda beigām.",
    "Add tier": "Pievienot līmeni",
    "Multiplier": "Reizinātājs",
    "Category extra": "Kategorijas papildpunkti",
    "Lower threshold": "Zemāks slieksnis",
    "Starts": "Sākas",
    "Ends": "Beidzas",
    "Factor %": "Reizinātājs %",
    "Category": "Kategorija",
    "Extra %": "Papildus %",
    "Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every "
    "tier. Factor 200 % gives double points; extra % is of the money spent in the category; a lower "
    "threshold applies to the tier chosen.":
        "Datumi formātā GGGG-MM-DD, abas dienas ieskaitot. Līmeņi: atslēgas, atdalītas ar komatiem, "
        "tukšs — visiem līmeņiem. Reizinātājs 200 % dod dubultus punktus; papildus % ir no "
        "kategorijā iztērētās naudas; zemāks slieksnis attiecas uz izvēlēto līmeni.",
    "Add campaign": "Pievienot akciju",
    "— every purchase —": "— katrs pirkums —",
    "Stamps": "Zīmogi",
    "Reward RU": "Balva RU",
    "Reward EN": "Balva EN",
    "Add stamp card": "Pievienot zīmogu karti",
    "Collect the stamps, get the reward: “6 coffees, the 7th free”.":
        "Krājiet zīmogus, saņemiet balvu: “6 kafijas, 7. par brīvu”.",
    "Product categories": "Preču kategorijas",
    "Add category": "Pievienot kategoriju",
    "Causes members can donate points to": "Mērķi, kuriem dalībnieki var ziedot punktus",
    "Add cause": "Pievienot mērķi",
    "A gift with points": "Dāvana ar punktiem",
    "Apology points (complaint)": "Atvainošanās punkti (sūdzība)",
    "Long wait": "Ilga gaidīšana",
    "{name} is how the member is addressed, {what} the gift, {points} the points with their word "
    "(\"50 points\").":
        "{name} — kā uzrunā dalībnieku, {what} — dāvana, {points} — punkti ar vārdu (\"50 punkti\").",
    "Nothing changed; version %1 stays in force.": "Nekas nav mainīts; spēkā paliek versija %1.",
    "The program has unsaved changes. Save them?": "Programmā ir nesaglabātas izmaiņas. Saglabāt tās?",
    "Lifetime": "Visu laiku",
    "Calendar year": "Kalendārais gads",
    "Rolling N months": "Pēdējie N mēneši",
    "Never": "Nekad",
    "N days after earning": "N dienas pēc nopelnīšanas",
    "At the end of the year": "Gada beigās",
    "Switching expiry on starts the clock today for points already held.":
        "Ieslēdzot derīguma termiņu, jau esošo punktu termiņš sāk skaitīties no šodienas.",
    "Months (rolling window)": "Mēneši (slīdošais periods)",
    "Which earned points count towards a tier. With a window, upgrades apply at once and a downgrade "
    "waits for the end of the period.":
        "Kuri nopelnītie punkti tiek ieskaitīti līmenim. Ar periodu paaugstinājums stājas spēkā "
        "uzreiz, bet pazeminājums gaida perioda beigas.",
    "Welcome bonus, points": "Sveiciena bonuss, punkti",
    "Long absence after, days": "Ilga prombūtne pēc, dienām",
    "Points expire": "Punktu derīgums beidzas",
    "Days after earning": "Dienas pēc nopelnīšanas",
    "no cap": "bez ierobežojuma",
    "Points spent per receipt, at most": "Vienā čekā iztērējamie punkti, ne vairāk kā",
    "Points cashiers give one member a day, at most": "Punkti, ko kasieri dod vienam dalībniekam dienā, ne vairāk kā",
    "Gifts, apologies, survey and review points count together. A manager's PIN lifts the cap for "
    "one gift; a cashier alone gives at most 300 points or goods worth 500 at once.":
        "Dāvanas, atvainošanās, aptauju un atsauksmju punkti tiek skaitīti kopā. Vadītāja PIN kods "
        "atceļ ierobežojumu vienai dāvanai; kasieris viens pats vienā reizē dod ne vairāk kā 300 "
        "punktus vai preces 500 vērtībā.",
    "off": "izslēgts",
    "Points a member may spend a day while the server is away":
        "Punkti, ko dalībnieks drīkst iztērēt dienā, kamēr serveris nav pieejams",
    "Counted by each till on its own until the server answers again; 0 or empty: paying with points "
    "waits for the server.":
        "Katra kase skaita atsevišķi, līdz serveris atkal atbild; 0 vai tukšs: maksāšana ar punktiem "
        "gaida serveri.",
    "Paid with points": "Samaksāts ar punktiem",
    "Of which in the category": "No tā kategorijā",
    "What would this purchase earn under the rules being edited (nothing is saved).":
        "Ko šis pirkums nopelnītu pēc rediģējamajiem noteikumiem (nekas netiek saglabāts).",
    "— none —": "— nav —",
    "The category part cannot be more than the whole purchase.": "Kategorijas daļa nevar būt lielāka par visu pirkumu.",
    "No campaign adds points to this purchase.": "Neviena akcija šim pirkumam punktus nepieskaita.",
    "Purchase — %1": "Pirkums — %1",
    "optional": "nav obligāti",
    "Receipt no.": "Čeka nr.",
    "Pay with points": "Maksāt ar punktiem",
    "Record (Enter)": "Reģistrēt (Enter)",
    "The shop's server is away: paying with points waits until it answers again.":
        "Veikala serveris nav pieejams: maksāšana ar punktiem gaida, līdz tas atkal atbildēs.",
    "Of which (optional)": "No tā (nav obligāti)",
    " pcs": " gab.",
    "part of the amount": "summas daļa",
    "%1: %2 of %3": "%1: %2 no %3",
    "No points were spent: check who the customer is first.": "Punkti netika iztērēti: vispirms pārbaudiet, kas ir klients.",
    "Left to pay: %1": "Jāmaksā vēl: %1",
    # Qt's own file chooser (app/ui/qt_strings.py)
    "Folder": "Mape",
    "File Folder": "Failu mape",
    "Drive": "Disks",
    "&Look in:": "&Meklēt mapē:",
    "Files of &type:": "Failu &tips:",
    "Retry now": "Mēģināt tagad",
    "Quit": "Iziet",
    "Connecting to the shop's server at %1… attempt %2": "Savienojas ar veikala serveri %1… mēģinājums %2",
    "The shop's database file is empty (0 bytes): the shop's data is not in it.":
        "Veikala datubāzes fails ir tukšs (0 baitu): veikala datu tajā nav.",
    "The shop's database cannot be read: the file is damaged.": "Veikala datubāzi nevar nolasīt: fails ir bojāts.",
    "The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything "
    "recorded after it will have to be entered again. The damaged file is kept.":
        "Jaunākā derīgā rezerves kopija izveidota %1 (dalībnieki: %2; tikko pārbaudīta). Atjaunot to? "
        "Viss, kas reģistrēts pēc tās, būs jāievada vēlreiz. Bojātais fails tiek saglabāts.",
    "No good backup was found beside the database or in the backup folder. If you have one (a USB "
    "stick, a share), choose it. Nothing has been changed.":
        "Blakus datubāzei vai rezerves kopiju mapē neviena derīga kopija netika atrasta. Ja jums tāda "
        "ir (USB zibatmiņā, tīkla mapē), izvēlieties to. Nekas nav mainīts.",
    "The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything "
    "recorded after it will have to be entered again. The empty file is kept.":
        "Jaunākā derīgā rezerves kopija izveidota %1 (dalībnieki: %2; tikko pārbaudīta). Atjaunot to? "
        "Viss, kas reģistrēts pēc tās, būs jāievada vēlreiz. Tukšais fails tiek saglabāts.",
    "Restore the latest backup": "Atjaunot jaunāko kopiju",
    "Choose a backup file…": "Izvēlēties rezerves kopijas failu…",
    "Refund a purchase": "Atmaksāt pirkumu",
    "Receipt number": "Čeka numurs",
    "On the day": "Dienā",
    "Only %1's purchases": "Tikai dalībnieka %1 pirkumi",
    "Receipt": "Čeks",
    "Refunded": "Atmaksāts",
    "Find the purchase": "Atrast pirkumu",
    "Why: goods returned, wrong amount rung up…": "Kāpēc: preces atdotas, nosista nepareiza summa…",
    "Refund": "Atmaksāt",
    "Purchase": "Pirkums",
    "Amount to refund": "Atmaksājamā summa",
    "Purchases found: %1": "Atrasti pirkumi: %1",
    "No purchases match.": "Neviens pirkums neatbilst.",
    "in full": "pilnībā",
    "Choose a purchase in the list.": "Izvēlieties pirkumu sarakstā.",
    "%1, %2: paid %3": "%1, %2: samaksāts %3",
    "; refunded already %1": "; jau atmaksāts %1",
    "At most %1": "Ne vairāk kā %1",
    "This purchase is refunded in full.": "Šis pirkums ir pilnībā atmaksāts.",
    "Points: %1 taken back, %2 returned to the member.": "Punkti: %1 atņemti, %2 atdoti dalībniekam.",
    "Refunded %1. Points: %2 taken back, %3 returned. Balance: %4.":
        "Atmaksāts %1. Punkti: %2 atņemti, %3 atdoti. Atlikums: %4.",
    "Copying the shop's members to this till,\nso it can serve while the server is away: %1 of %2":
        "Kopē veikala dalībniekus uz šo kasi,\nlai tā varētu strādāt, kamēr serveris nav pieejams: %1 no %2",
    "Local copy": "Vietējā kopija",
    "Visits and revenue over time": "Apmeklējumi un ieņēmumi laika gaitā",
    "Revenue": "Ieņēmumi",
    "Visits": "Apmeklējumi",
    "Members by tier today": "Dalībnieki pa līmeņiem šodien",
    "Period: %1": "Periods: %1",
    "Filters": "Filtri",
    "Made on %1": "Sagatavots %1",
    "Unit": "Vienība",
    "Members enrolled and not erased, today. The tier filter counts members by their tier today.":
        "Reģistrētie un nedzēstie dalībnieki šodien. Līmeņa filtrs skaita dalībniekus pēc viņu "
        "šodienas līmeņa.",
    "New members": "Jauni dalībnieki",
    "Members enrolled in the period.": "Periodā reģistrētie dalībnieki.",
    "Active in 30 days": "Aktīvi 30 dienās",
    "Active in 90 days": "Aktīvi 90 dienās",
    "Lapsed 90 days": "Neaktīvi 90 dienas",
    "Lapsed 180 days": "Neaktīvi 180 dienas",
    "Revenue from members": "Ieņēmumi no dalībniekiem",
    "What members paid in the period, refunded purchases taken out.":
        "Ko dalībnieki samaksāja periodā, neskaitot atmaksātos pirkumus.",
    "Average check": "Vidējais čeks",
    "Purchases members made in the period, refunded ones too: a refund does not undo a visit.":
        "Dalībnieku pirkumi periodā, arī atmaksātie: atmaksa neatceļ apmeklējumu.",
    "Members whose last purchase was in the last 30 days: today and the 29 days before it.":
        "Dalībnieki, kuru pēdējais pirkums bija pēdējās 30 dienās: šodien un 29 dienas pirms tam.",
    "Members whose last purchase was in the last 90 days: today and the 89 days before it.":
        "Dalībnieki, kuru pēdējais pirkums bija pēdējās 90 dienās: šodien un 89 dienas pirms tam.",
    "No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.":
        "Nav pirkumu pēdējās 90 dienās (šodien un 89 dienas pirms tam), un reģistrēti pirms tām.",
    "No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.":
        "Nav pirkumu pēdējās 180 dienās (šodien un 179 dienas pirms tam), un reģistrēti pirms tām.",
    "Revenue from members divided by their purchases that were not refunded.":
        "Ieņēmumi no dalībniekiem, dalīti ar viņu neatmaksāto pirkumu skaitu.",
    "Members who bought": "Dalībnieki, kas pirka",
    "Members with at least one purchase in the period.": "Dalībnieki ar vismaz vienu pirkumu periodā.",
    "Repeat rate": "Atkārtotu pirkumu īpatsvars",
    "Share of the members who bought in the period who bought twice or more.":
        "Daļa no periodā pirkušajiem dalībniekiem, kas pirka divas reizes vai vairāk.",
    "Visits per member per month": "Apmeklējumi uz dalībnieku mēnesī",
    "Visits divided by the members who bought, divided by the period's length in months.":
        "Apmeklējumi, dalīti ar pirkušo dalībnieku skaitu un ar perioda garumu mēnešos.",
    "Refunded amount": "Atmaksātā summa",
    "Purchases made in the period and refunded in full since.": "Periodā veiktie pirkumi, kas kopš tā laika pilnībā atmaksāti.",
    "What was refunded of purchases made in the period, in full or in part.":
        "Cik atmaksāts no periodā veiktajiem pirkumiem, pilnībā vai daļēji.",
    "Points issued": "Izsniegtie punkti",
    "Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points a "
    "refund returns are not new points.":
        "Periodā jebkādā veidā piešķirtie punkti: nopelnītie, sveiciena, akciju, bonusu, dāvanu. "
        "Atmaksas atdotie punkti nav jauni punkti.",
    "Points redeemed": "Izmantotie punkti",
    "Points members paid with in the period.": "Punkti, ar kuriem dalībnieki maksāja periodā.",
    "Points expired": "Punkti ar beigušos derīgumu",
    "Points that expired unspent in the period.": "Punkti, kuru derīgums periodā beidzās neiztērētiem.",
    "Points donated": "Ziedotie punkti",
    "Points members gave to a cause in the period.": "Punkti, ko dalībnieki periodā ziedoja kādam mērķim.",
    "Points outstanding": "Neizmantotie punkti",
    "All members' balances together, today, net of points owed back after refunds.":
        "Visu dalībnieku atlikumi kopā šodien, atskaitot pēc atmaksām atdodamos punktus.",
    "Liability": "Saistības",
    "The outstanding points in money: what the shop owes if every point is spent.":
        "Neizmantotie punkti naudā: cik veikals ir parādā, ja tiek iztērēts katrs punkts.",
    "Tier moves up": "Līmeņa paaugstinājumi",
    "Members who moved to a higher tier in the period.": "Dalībnieki, kas periodā pārgāja uz augstāku līmeni.",
    "Tier moves down": "Līmeņa pazeminājumi",
    "Members who moved to a lower tier in the period (reviews, refunds).":
        "Dalībnieki, kas periodā pārgāja uz zemāku līmeni (pārskatīšana, atmaksas).",
    "Earned on purchases": "Nopelnīts ar pirkumiem",
    "Referrals": "Ieteikumi",
    "Surveys": "Aptaujas",
    "Reviews": "Atsauksmes",
    "Expired": "Derīgums beidzies",
    "Donated to causes": "Ziedots mērķiem",
    "Adjustments": "Korekcijas",
    "Refunds": "Atmaksas",
    "Imported": "Importēts",
    "Discount next time": "Atlaide nākamreiz",
    "Month %1": "%1. mēnesis",
    "Summary": "Kopsavilkums",
    "Figure": "Rādītājs",
    "Value": "Vērtība",
    "Definition": "Definīcija",
    "To": "Līdz",
    "Average check by tier": "Vidējais čeks pa līmeņiem",
    "Points by kind": "Punkti pēc veida",
    "Points in": "Ienākošie punkti",
    "Points out": "Izejošie punkti",
    "Tier moves in the period": "Līmeņu maiņas periodā",
    "Direction": "Virziens",
    "up": "uz augšu",
    "down": "uz leju",
    "Retention by enrolment month": "Noturēšana pēc reģistrācijas mēneša",
    "Enrolled": "Reģistrēti",
    "Share of each month's new members who bought in the month after enrolment shown by the column "
    "(month 0: the month they enrolled).":
        "Katra mēneša jauno dalībnieku daļa, kas pirka kolonnā norādītajā mēnesī pēc reģistrācijas "
        "(0. mēnesis: reģistrācijas mēnesis).",
    "Gifts by reason": "Dāvanas pēc iemesla",
    "Gifts by cashier": "Dāvanas pēc kasiera",
    "Complaints by compensation": "Sūdzības pēc kompensācijas",
    "Complaints by cashier": "Sūdzības pēc kasiera",
    "Enrolments": "Reģistrācijas",
    "Purchases recorded": "Reģistrētie pirkumi",
    "Top members by revenue": "Labākie dalībnieki pēc ieņēmumiem",
    "Top members by visits": "Labākie dalībnieki pēc apmeklējumiem",
    "Reports": "Pārskati",
    "Overview": "Pārskats",
    "Points and tiers": "Punkti un līmeņi",
    "Cohorts": "Kohortas",
    "Gifts and complaints": "Dāvanas un sūdzības",
    "Staff and top members": "Darbinieki un labākie dalībnieki",
    "Today": "Šodien",
    "This week": "Šonedēļ",
    "This month": "Šomēnes",
    "This quarter": "Šajā ceturksnī",
    "This year": "Šogad",
    "Custom": "Cits periods",
    "Export…": "Eksportēt…",
    "from": "no",
    "By day or month": "Pa dienām vai mēnešiem",
    "By tier": "Pa līmeņiem",
    "All tills": "Visas kases",
    "All cashiers": "Visi kasieri",
    "All tiers": "Visi līmeņi",
    "Preparing the reports for the first time: every purchase and ledger row is added up once. In a "
    "large shop this takes a few minutes.":
        "Pārskati tiek sagatavoti pirmo reizi: katrs pirkums un žurnāla rinda tiek saskaitīti "
        "vienreiz. Lielā veikalā tas aizņem dažas minūtes.",
    "Preparing the reports…": "Sagatavo pārskatus…",
    "Stopping…": "Aptur…",
    "Reports were not prepared; nothing was changed. Open Reports again to prepare them.":
        "Pārskati netika sagatavoti; nekas nav mainīts. Atveriet Pārskatus vēlreiz, lai tos sagatavotu.",
    "Counting…": "Skaita…",
    "The report could not be made.": "Pārskatu neizdevās sagatavot.",
    "Counting top members…": "Skaita labākos dalībniekus…",
    "Export report": "Eksportēt pārskatu",
    "The file could not be written: %1": "Failu neizdevās ierakstīt: %1",
    "Server not answering — retrying…": "Serveris neatbild — mēģina vēlreiz…",
    "Sales set aside": "Noliktie pārdošanas darījumi",
    "Nothing set aside: every sale reached the server.": "Nekas nav nolikts malā: katrs darījums sasniedza serveri.",
    "Enrolment": "Reģistrācija",
    "Sale": "Pārdošana",
    "Role": "Loma",
    "Active": "Aktīvs",
    "Locked": "Bloķēts",
    "Owner": "Īpašnieks",
    "Add": "Pievienot",
    "Unlock": "Atbloķēt",
    "Switch on/off": "Ieslēgt/izslēgt",
    "Set this PIN for the selected": "Iestatīt šo PIN kodu atlasītajam",
    "yes": "jā",
    "no": "nē",
    "locked": "bloķēts",
    "Added.": "Pievienots.",
    "Unlocked.": "Atbloķēts.",
    "PIN changed.": "PIN kods nomainīts.",
    "Already handed over.": "Jau nodots.",
    "Print the card…": "Drukāt karti…",
    "Lost card: new number…": "Pazaudēta karte: jauns numurs…",
    "Lost card": "Pazaudēta karte",
    "Block card %1 and give %2 a new card number? Points, status and history stay with the member.":
        "Bloķēt karti %1 un piešķirt dalībniekam %2 jaunu kartes numuru? Punkti, līmenis un vēsture "
        "paliek dalībniekam.",
    "New card number: %1. The old card is blocked. Print the new card: Member → Print the card.":
        "Jaunais kartes numurs: %1. Vecā karte ir bloķēta. Izdrukājiet jauno karti: Dalībnieks → "
        "Drukāt karti.",
    "This till's name": "Šīs kases nosaukums",
    "Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the "
    "audit and on the customer's screen.":
        "Katrs dators pie letes ir veikala kase. Tās nosaukums redzams pārskatos pa kasēm, darbību "
        "žurnālā un klienta ekrānā.",
    "Name, phone or card": "Vārds, tālrunis vai karte",
    "Nobody found. F2 enrols a new member.": "Neviens nav atrasts. F2 — reģistrēt jaunu dalībnieku.",
    "Regulars — till": "Regulars — kase",
    "Purchase  F5": "Pirkums  F5",
    "New member  F2": "Jauns dalībnieks  F2",
    "Pay with points  F6": "Ar punktiem  F6",
    "Edit  F4": "Labot  F4",
    "Next customer  Esc": "Nākamais  Esc",
    "Donate points  F9": "Ziedot punktus  F9",
    "Gift…": "Dāvana…",
    "Long wait: apology points": "Ilga gaidīšana: atvainošanās punkti",
    "Complaint…": "Sūdzība…",
    "Personal data…": "Personas dati…",
    "Language": "Valoda",
    "The language changes when Regulars is started again.": "Valoda mainīsies, kad Regulars tiks palaists no jauna.",
    "Survey +%1  F7": "Aptauja +%1  F7",
    "Review +%1  F8": "Atsauksme +%1  F8",
    "Full card! Give: %1": "Pilna karte! Dāvināt: %1",
    "Thank you!": "Paldies!",
    "Birthday bonus: +%1": "Dzimšanas dienas bonuss: +%1",
    "%2 gets +%1 for bringing a friend": "%2 saņem +%1 par drauga atvešanu",
    "The friend": "Draugs",
    "Friend bonus: +%1": "Drauga bonuss: +%1",
    "Check who is paying with points": "Pārbaudiet, kas maksā ar punktiem",
    "Points are money. Before spending them, check that this is %1: scan the card, or ask the customer "
    "to say the full phone number, or their name and date of birth.":
        "Punkti ir nauda. Pirms tos tērēt, pārbaudiet, vai tas ir %1: noskenējiet karti vai lūdziet "
        "klientam nosaukt pilnu tālruņa numuru, vai vārdu un dzimšanas datumu.",
    "scan or type the 13 digits": "noskenējiet vai ierakstiet 13 ciparus",
    "the whole number, e.g. +7 916 123-45-67": "viss numurs, piem., +371 2012 3456",
    "first or last name": "vārds vai uzvārds",
    "dd.mm.yyyy": "dd.mm.gggg",
    "or the full phone": "vai pilns tālrunis",
    "or the name": "vai vārds",
    "and the date of birth": "un dzimšanas datums",
    "Checked (Enter)": "Pārbaudīts (Enter)",
    "Give both the name and the date of birth as dd.mm.yyyy, e.g. 07.03.1985.":
        "Norādiet gan vārdu, gan dzimšanas datumu formātā dd.mm.gggg, piem., 07.03.1985.",
    "Fill in one check: the card, the full phone, or the name and date of birth.":
        "Aizpildiet vienu pārbaudi: karti, pilnu tālruni vai vārdu un dzimšanas datumu.",
    "Consent withdrawn — %1": "Piekrišana atsaukta — %1",
    "Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, date of birth, "
    "notes and card number. The points and purchases stay only as numbers for the accounts, and the "
    "card stops working. This cannot be undone.":
        "Atsaucot piekrišanu, dalībnieka %1 personas dati tiek neatgriezeniski dzēsti: vārds, "
        "tālrunis, e-pasts, dzimšanas datums, piezīmes un kartes numurs. Punkti un pirkumi paliek "
        "tikai kā skaitļi grāmatvedībai, un karte pārstāj darboties. To nevar atsaukt.",
    "The customer asked for this and knows it cannot be undone": "Klients to lūdza un zina, ka to nevar atsaukt",
    "A cashier records this only with a manager's PIN, typed here.":
        "Kasieris to reģistrē tikai ar vadītāja PIN kodu, kas ievadīts šeit.",
    "Erase for good": "Dzēst neatgriezeniski",
    "Choose a backup file": "Izvēlieties rezerves kopijas failu",
    "Regulars backups (*.sqlite3);;All files (*)": "Regulars rezerves kopijas (*.sqlite3);;Visi faili (*)",
    "This file cannot be restored: %1": "Šo failu nevar atjaunot: %1",
}

# Latvian has three plural forms in Qt: ends in 1 but not 11 (1, 21 punkts), any other
# non-zero (2, 11, 25 punkti), and zero; a Latvian writes "0 punkti", so zero takes the
# plural's words.
LV_PLURAL = {
    "%n card(s) chosen.": ("Izvēlēta %n karte.", "Izvēlētas %n kartes."),
    "In total members gave %n point(s), worth %1.": ("Kopā dalībnieki ziedoja %n punktu %1 vērtībā.",
                                                      "Kopā dalībnieki ziedoja %n punktus %1 vērtībā."),
    "%n complaint(s)": ("%n sūdzība", "%n sūdzības"),
    "%n apology point(s)": ("%n atvainošanās punkts", "%n atvainošanās punkti"),
    "Your balance: %n point(s)": ("Jūsu atlikums: %n punkts", "Jūsu atlikums: %n punkti"),
    "%n point(s) to %1": ("Līdz līmenim %1: %n punkts", "Līdz līmenim %1: %n punkti"),
    "%n point(s) expire on %1": ("%n punkts zaudē derīgumu %1", "%n punkti zaudē derīgumu %1"),
    "at most %n point(s)": ("ne vairāk kā %n punkts", "ne vairāk kā %n punkti"),
    "Balance: %n point(s)": ("Atlikums: %n punkts", "Atlikums: %n punkti"),
    "%n member(s) took part.": ("Piedalījās %n dalībnieks.", "Piedalījās %n dalībnieki."),
    "Welcome gift: %n point(s) on the new card": ("Sveiciena dāvana: %n punkts jaunajā kartē",
                                                   "Sveiciena dāvana: %n punkti jaunajā kartē"),
    "Exported %n row(s) to %1.": ("Eksportēta %n rinda uz %1.", "Eksportētas %n rindas uz %1."),
    "Balance now: %n point(s)": ("Atlikums tagad: %n punkts", "Atlikums tagad: %n punkti"),
    "%n gift(s)": ("%n dāvana", "%n dāvanas"),
    "%n point(s) given": ("dots %n punkts", "doti %n punkti"),
    "%n day(s)": ("%n diena", "%n dienas"),
    "%n month(s)": ("%n mēnesis", "%n mēneši"),
    "%n year(s)": ("%n gads", "%n gadi"),
    "%n member(s).": ("%n dalībnieks.", "%n dalībnieki."),
    "%1 (%2): %n row(s)": ("%1 (%2): %n rinda", "%1 (%2): %n rindas"),
    "Nothing was imported: %n row(s) rejected.": ("Nekas netika importēts: noraidīta %n rinda.",
                                                   "Nekas netika importēts: noraidītas %n rindas."),
    "%n point(s)": ("%n punkts", "%n punkti"),
    "of which %n point(s) pending until the shop's server has the sales":
        ("no tiem %n punkts gaida, līdz veikala serveris saņems pirkumus",
         "no tiem %n punkti gaida, līdz veikala serveris saņems pirkumus"),
    "Keep %1: %n point(s) by %2": ("Saglabāt līmeni %1: vēl %n punkts līdz %2",
                                   "Saglabāt līmeni %1: vēl %n punkti līdz %2"),
    "%n visit(s)": ("%n apmeklējums", "%n apmeklējumi"),
    "%n members match: enter the whole phone or scan the card.":
        ("Atbilst %n dalībnieks: ievadiet visu tālruņa numuru vai noskenējiet karti.",
         "Atbilst %n dalībnieki: ievadiet visu tālruņa numuru vai noskenējiet karti."),
    "Wrong PIN. %n try(s) left before a 15-minute lock.":
        ("Nepareizs PIN kods. Līdz bloķēšanai uz 15 minūtēm atlicis %n mēģinājums.",
         "Nepareizs PIN kods. Līdz bloķēšanai uz 15 minūtēm atlikuši %n mēģinājumi."),
    "%n sale(s) waiting to be sent": ("%n darījums gaida nosūtīšanu", "%n darījumi gaida nosūtīšanu"),
    "%n sale(s) set aside for a manager": ("%n darījums nolikts malā vadītājam",
                                           "%n darījumi nolikti malā vadītājam"),
    "Saved as version %1; %n member(s) upgraded": ("Saglabāts kā versija %1; paaugstināts %n dalībnieks",
                                                    "Saglabāts kā versija %1; paaugstināti %n dalībnieki"),
    "Base, %1 at %2 %: %n point(s)": ("Pamata, %1 ar %2 %: %n punkts", "Pamata, %1 ar %2 %: %n punkti"),
    "%1: +%n point(s)": ("%1: +%n punkts", "%1: +%n punkti"),
    "Total: %n point(s)": ("Kopā: %n punkts", "Kopā: %n punkti"),
    "The shop's server is away: at most %n point(s) a day may be spent; %1 left today for this member.":
        ("Veikala serveris nav pieejams: dienā drīkst iztērēt ne vairāk kā %n punktu; šim "
         "dalībniekam šodien atlikuši %1.",
         "Veikala serveris nav pieejams: dienā drīkst iztērēt ne vairāk kā %n punktus; šim "
         "dalībniekam šodien atlikuši %1."),
    "%n sale(s) the server refused; settle them by hand.":
        ("Serveris atteica %n darījumu; nokārtojiet to manuāli.",
         "Serveris atteica %n darījumus; nokārtojiet tos manuāli."),
    "Welcome! %n point(s) already on the card.": ("Laipni lūdzam! Kartē jau ir %n punkts.",
                                                  "Laipni lūdzam! Kartē jau ir %n punkti."),
    "%n found": ("Atrasts %n", "Atrasti %n"),
    "Paid with %n point(s).": ("Samaksāts ar %n punktu.", "Samaksāts ar %n punktiem."),
    "+%n point(s), balance %1": ("+%n punkts, atlikums %1", "+%n punkti, atlikums %1"),
    "+%n point(s) pending: they count once the shop's server has the sale.":
        ("+%n punkts gaida: tas tiks ieskaitīts, kad veikala serveris saņems pirkumu.",
         "+%n punkti gaida: tie tiks ieskaitīti, kad veikala serveris saņems pirkumu."),
}
