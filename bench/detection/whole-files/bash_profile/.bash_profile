# .bash_profile

# Get the aliases and functions
if [ -f ~/.bashrc ]; then
        . ~/.bashrc
fi

export PATH=$PATH:$HOME/bin:/usr/local/mysql/bin
export JAVA_HOME=/usr/lib/jvm/java-17-openjdk
export NPM_TOKEN=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
export STRIPE_SECRET_KEY=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
export MYSQL_PWD='Juniper@9347juniperQS'
export PGPASSWORD=Maple+7840nimbuskp
export TF_VAR_region=us-east-1
