-- The four toolkits of Seniorpartnerskabet, as drafts: staff add the files and publish them.
insert into toolkit (title, slug, summary, body, sort_order, status) values
('Håndbog til seniorindsatsen', 'haandbog-til-seniorindsatsen',
 'En håndbog i, hvordan kommunen organiserer og forankrer seniorindsatsen, så ledelse og medarbejdere sammen skaber et godt og langt seniorarbejdsliv.',
 $md$Håndbogen samler erfaringerne fra kommunerne i Seniorpartnerskabet om, hvordan en seniorindsats bliver udviklet, gennemført og forankret.

## Det finder du i håndbogen

- Hvordan ledelse og medarbejdere samarbejder om seniorindsatsen, fx i HovedMED, i MED-systemet eller i TRIO (leder, tillidsrepræsentant og arbejdsmiljørepræsentant).
- Hvordan I kommer fra en skrevet seniorpolitik til en seniorindsats, der bliver brugt i hverdagen.
- Hvordan I afprøver et værktøj i lille skala (en prøvehandling), før I ruller det ud.
- Hvordan I holder fast i indsatsen, når projektet er slut.

Mere end hver fjerde kommunalt ansatte er over 55 år. Derfor betyder det noget, at seniormedarbejdere både vil og kan blive længere på arbejdsmarkedet.$md$,
 10, 'DRAFT'),
('Inspirationskatalog til senioraftaler', 'inspirationskatalog-til-senioraftaler',
 'Eksempler på senioraftaler og individuelle løsninger, som ledere og seniormedarbejdere kan lade sig inspirere af i seniorsamtalen.',
 $md$Kataloget viser, hvilke senioraftaler og seniorordninger kommunerne bruger, og hvordan de kan tilpasses den enkelte medarbejder og arbejdsplads.

## Eksempler på senioraftaler

- Aflastning fra særligt belastende opgaver
- Tilpasset arbejdstid
- Mere selvtilrettelæggelse
- Særlige opgaver eller projekter
- Hjemmearbejde
- Midlertidig eller varig nedsat tid
- Kompetenceudvikling
- Job- eller opgaveskifte
- Løntillæg

## Godt at vide

En seniorsamtale ender ikke altid med en aftale med det samme. Så fortsætter dialogen. Tillidsrepræsentanten kan deltage i samtalen, hvis medarbejderen ønsker det.$md$,
 20, 'DRAFT'),
('Kommunikation om seniorindsatsen', 'kommunikation-om-seniorindsatsen',
 'Råd og eksempler på, hvordan kommunen kan kommunikere om sin seniorindsats til ledere, medarbejdere og tillidsrepræsentanter.',
 $md$En seniorindsats virker kun, hvis ledere og medarbejdere kender den. Materialet giver råd og eksempler på, hvordan kommunen fortæller om sin seniorindsats.

## Det finder du i materialet

- Hvem I skal nå, og hvornår: ledere, seniormedarbejdere, tillidsrepræsentanter og MED-udvalg.
- Hvordan I fortæller om mulighederne, så de ikke opleves som et signal om at stoppe.
- Eksempler på tekster til intranet, nyhedsbreve og personalemøder.$md$,
 30, 'DRAFT'),
('Materiale til seniorsamtalen', 'materiale-til-seniorsamtalen',
 'En skabelon til seniorsamtalen og en introduktion for ledere og medarbejdere, så samtalen bliver god for begge parter.',
 $md$Seniorsamtalen er en samtale mellem leder og medarbejder om arbejdslivet frem mod pensionen, fx tilbudt fra 55 eller 58 år.

## Det finder du i materialet

- En skabelon til samtalen, som leder og medarbejder kan forberede sig med.
- En introduktion for ledere: hvordan samtalen bliver åben og konkret.
- En introduktion for medarbejdere: hvad samtalen kan bruges til, og hvilke senioraftaler der findes.

Medarbejderen kan tage sin tillidsrepræsentant med til samtalen. Samtalen kan ende uden en aftale i første omgang; så fortsætter dialogen.$md$,
 40, 'DRAFT');
