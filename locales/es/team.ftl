# El equipo de la tienda: toma de control, invitaciones, /team (handlers/features/team/).
# Vendedores: «tú»; quien abre una invitación no válida es tratado como comprador: «usted».

## Menú y /help

seller-command-invite = Invitar a alguien al equipo: un enlace de un solo uso
seller-command-team = El equipo de ventas; /team remove ID quita a alguien
## Toma de control de un bot que aún no tiene vendedores

team-claimed = 🔑 Ahora la tienda { $shop } es tuya. Los mensajes de los compradores te llegarán a ti; añade vendedores con /invite.

## Invitaciones

team-invite-link =
    🔗 Una invitación para una persona nueva en el equipo de ventas (sirve una sola vez, hasta el { $expires }):
    { $link }
    Envíala solo a la persona que quieras añadir: quien la abra pasará a formar parte del equipo de ventas.
team-invite-invalid =
    { $reason ->
        [used] Este enlace de invitación ya se ha usado.
        [expired] Este enlace de invitación ha caducado.
       *[unknown] Este enlace de invitación no es válido.
    } Pida uno nuevo a la tienda. También puede escribir a la tienda desde aquí.
team-invite-already-seller = Ya formas parte del equipo de ventas de esta tienda. La invitación queda sin usar para otra persona.
team-welcome = 👋 ¡Te damos la bienvenida al equipo de { $shop }! Ahora los mensajes de los compradores también te llegarán a ti.
team-joined = 👋 { $seller } se ha unido al equipo con una invitación.

## /team

team-header =
    👥 { $shop }: { $count ->
        [one] { $count } miembro del equipo
        [many] { $count } de miembros del equipo
       *[other] { $count } miembros del equipo
    }
team-role-owner = propietario
team-source =
    { $source ->
        [config] en la configuración
        [invite] por invitación
        [claim] con el código del registro del bot
       *[other] { $source }
    }
team-footer-owner = Para quitar a alguien: /team remove ID. Para añadir a alguien: /invite.
team-usage = /team muestra el equipo de ventas; /team remove ID quita a alguien (el ID es el número de la lista).
team-remove-owners-only = Solo los propietarios de la tienda pueden quitar a miembros del equipo.
team-remove-not-found = Nadie del equipo tiene el ID { $id }. /team muestra el equipo con sus ID.
team-remove-config = No se puede quitar a { $seller } desde aquí: figura en la configuración del bot (SELLERBOT_SELLERS). Primero borra su ID de la configuración y reinicia el bot; después podrás quitar a esa persona del equipo.
team-remove-last-owner = No hay más propietarios que tú: si te fueras, nadie podría gestionar el equipo. Invita primero a alguien.
team-removed = { $seller } ya no forma parte del equipo de ventas. Sus mensajes al bot llegan ahora a la tienda como los de un comprador.
team-you-were-removed = Ya no formas parte del equipo de ventas de { $shop }. Lo que escribas aquí llegará a la tienda como el mensaje de un comprador.

## Bloqueo de compradores

