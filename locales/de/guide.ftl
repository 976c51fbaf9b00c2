# /guide: ein Leitfaden für guten Kundenservice, ein Tipp pro Seite. Für sellerbot geschrieben; jede
# Seite endet mit dem sellerbot-Befehl, der bei diesem Tipp hilft.

seller-command-guide = Leitfaden: guter Kundenservice, Seite für Seite

guide-header = 📖 Leitfaden für den Verkauf · Seite { $page }/{ $total }

guide-listings-title = Klare Angebote, klare Regeln
guide-listings-body = Die meisten Fragen entstehen dort, wo ein Angebot eine Lücke lässt. Beschreiben Sie jeden Artikel so, wie er wirklich ist: Größe, Material, Farbe, Zustand, dazu Fotos bei Tageslicht. Sagen Sie klar, wie Sie versenden, wie man bezahlen kann, was passiert, wenn etwas zurückgeschickt werden muss, und wie Sie mit persönlichen Daten umgehen. Wer die Regeln schon vor der Bestellung kennt, fragt weniger nach und streitet seltener.
guide-listings-tool = Mit /policy legen Sie Ihre Regeln für Versand, Zahlung, Rückgabe und Datenschutz fest; Käufer öffnen sie über die Begrüßung oder mit /policies.

guide-response-time-title = Innerhalb eines Tages antworten
guide-response-time-body = Eine unbeantwortete Frage ist oft ein verlorener Verkauf. Beantworten Sie die meisten Nachrichten möglichst innerhalb von 24 Stunden, wenn es geht, auch am Wochenende. Brauchen Sie Zeit, um etwas zu prüfen, sagen Sie das sofort: „Ich messe nach und melde mich heute Abend“ ist schon eine Antwort.
guide-response-time-tool = /help zeigt, wie viele Unterhaltungen auf Sie warten; /hours sagt Käufern, wann Sie erreichbar sind.

guide-tone-title = Ehrlich, höflich, klar, kurz
guide-tone-body = Schreiben Sie so, wie Sie selbst gern eine Antwort bekämen: Begrüßen Sie die Person, sprechen Sie sie mit Namen an und kommen Sie in wenigen Sätzen zur Sache. Versprechen Sie nichts, was nicht sicher ist, etwa einen Liefertermin oder eine Farbe, die vorrätig sein soll; wenn Sie etwas nicht wissen, sagen Sie, dass Sie es herausfinden. Bleiben Sie höflich, auch wenn Ihr Gegenüber es nicht ist.
guide-tone-tool = Antworten Sie hier auf die Nachricht eines Käufers: Die Antwort kommt vom Shop, nicht von Ihrem Konto. Wenn jemand Sie nur beleidigt, lassen Sie sich auf keinen Streit ein: /block als Antwort auf die Nachricht sorgt dafür, dass Sie von dieser Person nichts mehr erhalten.

guide-saved-replies-title = Antworten auf häufige Fragen vorbereiten
guide-saved-replies-body = Lieferzeiten, Größen, Pflegehinweise, Sendungsverfolgung: Dieselben Fragen kommen jede Woche wieder. Schreiben Sie die beste Antwort einmal, prüfen Sie sie auf Tippfehler und Ton, und verwenden Sie sie immer wieder. Sie sparen Zeit, alle Käufer bekommen eine gleich sorgfältige Antwort, und Sie können sie trotzdem an die Person anpassen.
guide-saved-replies-tool = /saved bewahrt Ihre vorbereiteten Antworten auf; /r NAME als Antwort auf die Nachricht eines Käufers sendet eine davon.

guide-away-title = Nicht erreichbar? Vorher Bescheid sagen
guide-away-body = Urlaub, Krankheit, eine Messe: Funkstille beunruhigt Käufer mehr als eine Verzögerung. Richten Sie vor der Abreise eine automatische Antwort ein, die sagt, wann Sie zurück sind und was in der Zwischenzeit mit Bestellungen passiert. Außerhalb Ihrer Geschäftszeiten erfüllt ein kurzer Hinweis, dass Sie morgen früh antworten, denselben Zweck.
guide-away-tool = /vacation legt die Antwort fest, die Käufer während Ihrer Abwesenheit erhalten; /hours legt Ihre Geschäftszeiten fest, und außerhalb davon erfahren Käufer, wann Sie wieder da sind.

guide-problems-title = Wenn etwas schiefgeht
guide-problems-body = Ein Paket verspätet sich, ein Artikel kommt beschädigt an, die Farbe ist anders als erwartet. Erkennen Sie zuerst das Problem an und bedanken Sie sich für den Hinweis. Suchen Sie keine Schuldigen, auch nicht beim Paketdienst. Bieten Sie eine Lösung an (Ersatz, Erstattung, Rabatt) und einigen Sie sich schnell: Ein kleiner Verlust heute sichert oft eine jahrelange Kundenbeziehung.
guide-problems-tool = /policy returns legt Ihre Rückgaberegeln fest, damit die Lösung für beide Seiten klar ist; eine ruhige, vorbereitete Antwort in /saved hilft an einem schlechten Tag.

guide-reviews-title = Bewertungen gehören den Käufern
guide-reviews-body = Machen Sie eine Bewertung nie zum Verhandlungsgegenstand. Bieten Sie keine Erstattung, kein Geschenk und keinen Rabatt für mehr Sterne oder dafür an, dass eine schlechte Bewertung verschwindet, und setzen Sie niemanden unter Druck, der sich beschwert hat. Lösen Sie das Problem um seiner selbst willen. Eine ruhige, ehrliche öffentliche Antwort auf Kritik schafft mehr Vertrauen als lauter Bestnoten.
guide-reviews-tool = Die Regeln, die Sie mit /policy veröffentlichen, gelten für alle Käufer gleich – egal, was sie über Sie schreiben.

guide-after-sale-title = Nachfragen, ob alles passt
guide-after-sale-body = Fragen Sie ein paar Tage nach der Zustellung, ob alles heil angekommen ist und den Erwartungen entspricht. Ein früh entdecktes Problem lässt sich günstig beheben, und Ihre Kundschaft sieht einen Shop, der sich auch nach der Bezahlung noch kümmert.
guide-after-sale-tool = Für diese Nachfrage nach dem Kauf nutzen Sie /followup von sellerbot.

guide-returning-buyers-title = Danke an alle, die wiederkommen
guide-returning-buyers-body = Ein Gutschein für die nächste Bestellung ist eine schöne Art, sich bei Stammkundschaft zu bedanken. Schicken Sie Angebote nur an Käufer, die dem zugestimmt haben: Unerwartete Werbung im privaten Chat wirkt wie Spam und kann Sie Kundschaft kosten.
guide-returning-buyers-tool = Für Gutscheine nutzen Sie /coupon von sellerbot – und nur für Käufer, die Angeboten zugestimmt haben. /guide öffnet diesen Leitfaden jederzeit wieder.
