# Horario de atención (handlers/features/hours/).

seller-command-hours = Horario de atención: respuesta de ausencia fuera de ese horario

## Compradores

away-closed = 🌙 En este momento { $shop } no está atendiendo. Su mensaje se ha transmitido y la respuesta llegará a este chat. Volvemos a abrir el { $opens }.

## Horario de atención, para vendedores

hours-usage =
    Escribe el horario de atención así:
    /hours Mon-Fri 09:00-18:00 Europe/Moscow
    Varias franjas: /hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow
    Pasada la medianoche: /hours Fri-Sat 22:00-02:00 Europe/Moscow
    Todos los días: /hours 9-18 Europe/Madrid
    Los días también se pueden escribir en español: lun-vie, sáb. La zona horaria: un nombre IANA (Europe/Madrid, America/Mexico_City), una ciudad (Madrid), UTC+1 o CET, EST; si no la indicas, se mantiene la anterior. /hours off desactiva el horario.
hours-no-zone = ¿En qué zona horaria está este horario? Añádela al final, por ejemplo Europe/Madrid, CET o UTC+1. No se ha cambiado nada.
hours-bad-zone = No conozco la zona horaria «{ $zone }».
hours-bad-time = «{ $time }» no es un intervalo de horas como 09:00-18:00.
hours-bad-day = «{ $day }» no es un día de la semana (lun, mar… o lun-vie; en inglés: Mon, Tue… o Mon-Fri).
hours-saved = 🕘 Horario de atención guardado. Fuera de él, los compradores reciben una respuesta de ausencia que indica cuándo vuelves.
hours-off = El horario de atención está desactivado: los compradores reciben las respuestas habituales a cualquier hora.
hours-none = No hay ningún horario de atención definido: los compradores reciben las respuestas habituales a cualquier hora.
hours-zone = Zona horaria: { $zone }
hours-open-now = Abierto ahora.
hours-closed-now = Cerrado ahora; vuelve a abrir el { $opens }.
