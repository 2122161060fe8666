<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'acme_wp' );

/** Database username */
define( 'DB_USER', 'acme_wp' );

/** Database password */
define( 'DB_PASSWORD', 'Copper@5494juniperyE' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * @since 2.6.0
 */
define( 'AUTH_KEY',          'MImexI-f1z|P59>/zhB*|H;$Z+f5%|+*^GX$W)M^ok|Ti=?U0BHMg1$8#qr]>)]G' );
define( 'SECURE_AUTH_KEY',   '{.@Jv?XwK::vy%^=>pxqi.+KZ>f7[FNWtLc>2Wq~9dU|8#tIo{X6#[/um3|)nGO+' );
define( 'LOGGED_IN_KEY',     '{/9s8x!J<~@^I9qgvmALsnE:0%!5BlVM<UfM*pRU7,-Lmv8eN?%P:^wOs&a)Tb$^' );
define( 'NONCE_KEY',         '!R.4X27xCv[{F#CM,0GEH2-:Ub8epa>$sJEAi/|ZV=,i-F<-00-!<Vf2f^$19W[H' );
define( 'AUTH_SALT',         ':|eRG^*dL/:t[*:I>QZWKOKZr8YG:ZFgz8?gm;IE{)L{I]mv@G=;Hj]yG^VtrM$|' );
define( 'SECURE_AUTH_SALT',  '=Fb-O%3W&|3;nQ+]T$cnVy3>x{]+,JaADE5oDVD>ug,M~w,S-&/(T.1mwp3,&kGB' );
define( 'LOGGED_IN_SALT',    'n^NV,e{B~c:F[xnm-n*xdkEuS@4cD(EP#Ul~I!5FPx6,QFD>++rG@Ow-<[fW3+xt' );
define( 'NONCE_SALT',        'Z*A?Bp:m@/UrcK#kvp8/*FKUn~!gLerRH,ldDVSfGb.Vd583m%jZIw+Ss!UvDAxP' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
