# Antwortstatistik (handlers/features/stats/).

seller-command-stats = Statistik: Antwortzeiten, Nachfragen, Angebote (/stats chart als Diagramm)

stats-usage = Schreiben Sie /stats, /stats 7d, /stats Woche, /stats 1y (beliebiger Zeitraum) oder /stats chart für ein Diagramm.
stats-no-data = noch keine Daten
stats-header = 📊 Zeitraum: { $period }
stats-conversations = { $count ->
    [one] • { $count } Unterhaltung
   *[other] • { $count } Unterhaltungen
}
stats-messages = { $count ->
    [one] • { $count } Nachricht von Käufern
   *[other] • { $count } Nachrichten von Käufern
}
stats-median = • Mediane Zeit bis zur ersten Antwort: { $value }
stats-within-day = • Erste Nachricht innerhalb von 24 Stunden beantwortet: { $value } ({ $answered } von { $total }; Etsys „Star Seller“ verlangt 95 %)
stats-waiting = • Warten gerade auf eine Antwort: { $count }
stats-followups = • Nachfragen: { $asked } gesendet, { $good } alles bestens, { $problem } Probleme
stats-csat = { $count ->
    [0] • Durchschnittliche Service-Bewertung (1–5): noch keine Bewertungen
   *[other] • Durchschnittliche Service-Bewertung (1–5): { $value } (Bewertungen: { $count })
}
stats-opt-in = • Angeboten zugestimmt: { $value } ({ $yes } von { $total }, die geantwortet haben)
stats-nudges = • Gutscheine gesendet: { $sent }, fehlgeschlagen: { $failed }
stats-chart-title = { $shop } · Zeitraum: { $period }
stats-chart-messages = Nachrichten von Käufern
stats-chart-answer-hours = Erste Antwort, Stunden (Median)
stats-chart-answer-minutes = Erste Antwort, Minuten (Median)
stats-chart-csat = Service-Bewertung, Durchschnitt pro Woche (1–5)
stats-chart-caption = 📊 Nachrichten pro Tag, mediane Zeit bis zur ersten Antwort und durchschnittliche Service-Bewertung pro Woche; Zeitraum: { $period }. Auf der Stundenskala markiert die gestrichelte Linie 24 Stunden.
