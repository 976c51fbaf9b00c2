# Estadísticas de respuesta (handlers/features/stats/).

seller-command-stats = Estadísticas: tiempos de respuesta, seguimientos, ofertas (/stats chart las dibuja)

stats-usage = Escribe /stats, /stats 7d, /stats semana, /stats 1y (cualquier periodo) o /stats chart para ver un gráfico.
stats-no-data = todavía no hay datos
stats-header = 📊 En un periodo de { $period }:
stats-conversations = { $count ->
    [one] • { $count } conversación
    [many] • { $count } de conversaciones
   *[other] • { $count } conversaciones
}
stats-messages = { $count ->
    [one] • { $count } mensaje de compradores
    [many] • { $count } de mensajes de compradores
   *[other] • { $count } mensajes de compradores
}
stats-median = • Mediana del tiempo hasta la primera respuesta: { $value }
stats-within-day = • Primer mensaje respondido en menos de 24 horas: { $value } ({ $answered } de { $total }; Star Seller de Etsy exige un 95 %)
stats-waiting = • Esperando respuesta ahora: { $count }
stats-followups = • Seguimientos enviados: { $asked }; todo bien: { $good }; con problemas: { $problem }
stats-csat = { $count ->
    [0] • Valoración media de la atención (1–5): aún sin valoraciones
   *[other] • Valoración media de la atención (1–5): { $value } (valoraciones: { $count })
}
stats-opt-in = • Aceptaron recibir ofertas: { $value } ({ $yes } de { $total } que respondieron)
stats-nudges = • Cupones enviados: { $sent }; fallidos: { $failed }
stats-chart-title = { $shop }: periodo de { $period }
stats-chart-messages = Mensajes de compradores
stats-chart-answer-hours = Primera respuesta, horas (mediana)
stats-chart-answer-minutes = Primera respuesta, minutos (mediana)
stats-chart-csat = Valoración de la atención, media semanal (1–5)
stats-chart-caption = 📊 Mensajes por día, mediana del tiempo hasta la primera respuesta y valoración media de la atención por semana, en un periodo de { $period }. En la escala de horas, la línea discontinua marca las 24 horas.
